package org.scolarite.portal.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components as EL properties — {@code #{grade.label}} — as Expression Language 6 does natively
 * (Jakarta EE 11). On EE 10 a page must otherwise call the accessor as a method, {@code #{grade.label()}}, and every
 * such call looks the method up again by reflection ({@code Class.getMethods} copies each {@code Method} of the class):
 * on the grades page, a table of a few dozen lines, that lookup was the first cost of the whole request (load test,
 * JFR). Here each record class's accessors are found once. Read-only, like records.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // A public record nested in a class or declared in another module is still read through its accessor.
                accessor.trySetAccessible();
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    private static Method accessor(Object base, Object property) {
        if (base == null || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException e) {
            throw new ELException("Composant " + property + " illisible sur " + base.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL 5 asks for null
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("Un record ne se modifie pas : " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
