package org.scolarite.portal.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Line(String label, int grades) {
        public String shout() {
            return label.toUpperCase();
        }
    }

    public static final class Bean {
        public String getLabel() {
            return "bean";
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    @DisplayName("a record's component is read as a property (#{line.label}), read-only")
    void reads_components() {
        Line line = new Line("Mathématiques", 4);
        ELContext context = context();
        assertThat(resolver.getValue(context, line, "label")).isEqualTo("Mathématiques");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context(), line, "grades")).isEqualTo(4);
        ELContext readOnly = context();
        assertThat(resolver.isReadOnly(readOnly, line, "label")).isTrue();
        assertThat(readOnly.isPropertyResolved()).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), line, "label", "x"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    @Test
    @DisplayName("anything else is left to the other resolvers: other names, methods that are not components, beans, "
            + "top-level names")
    void leaves_the_rest() {
        for (Object[] call : new Object[][] {{new Line("a", 1), "shout"}, {new Line("a", 1), "missing"},
                {new Bean(), "label"}, {null, "portalGrades"}, {new Line("a", 1), 3}}) {
            ELContext context = context();
            assertThat(resolver.getValue(context, call[0], call[1])).isNull();
            assertThat(context.isPropertyResolved()).as("%s.%s", call[0], call[1]).isFalse();
        }
    }
}
