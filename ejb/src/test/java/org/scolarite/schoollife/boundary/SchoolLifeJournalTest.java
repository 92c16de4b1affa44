package org.scolarite.schoollife.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.entity.FamilyMenu;
import org.scolarite.navigation.entity.MenuDecision;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The page's second lock, without a container: whatever the portal's filter let through, the boundary reads nothing for
 * a child whose menu does not hold Vie scolaire, and logs it. (The reads themselves are covered by the system test.)
 */
class SchoolLifeJournalTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(SchoolLifeJournal.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(SchoolLifeJournal.class.getName()).removeHandler(capture);
    }

    @ParameterizedTest
    @EnumSource(value = MenuDecision.class, names = {"CLOSED", "ACCESS_REMOVED", "NOT_FOR_USER_TYPE"})
    @DisplayName("R-VS-1, R-SVC-3, R-ACC-9: a closed service or a pupil whose access was removed → refused before "
            + "any read, and logged with the account and the pupil")
    void refused(MenuDecision decision) {
        ChildSummary lea = new ChildSummary(42, "Léa", "Durand", "6A", "Collège Jean Moulin");
        FamilyView view = new FamilyView(7, "claire.durand", AccountKind.GUARDIAN, List.of(lea), lea, 1L, null,
                decision == MenuDecision.ACCESS_REMOVED,
                new FamilyMenu(List.of(), Map.of(ServiceKey.of(NationalService.SCHOOL_LIFE), decision)), null, null);

        // no entity manager: a read would fail with a NullPointerException, not the refusal
        assertThatThrownBy(() -> new SchoolLifeJournal().page(view, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(logged).extracting(LogRecord::getMessage).singleElement().asString()
                .contains("claire.durand", "42", decision.name());
    }
}
