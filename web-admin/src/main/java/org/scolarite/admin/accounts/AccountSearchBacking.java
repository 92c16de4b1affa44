package org.scolarite.admin.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.GuardianCoupleRow;
import org.scolarite.account.boundary.Option;
import org.scolarite.account.boundary.StudentAccountRow;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * The search of « Gérer le compte responsable / élève » (R-IND-1): first letters of the pupil's name, MEF, division and
 * account states; « Rechercher » shows the couples (pupil, légal guardian) or, with {@code kind=STUDENT}, the pupils,
 * in a lazy table whose « Gérer le compte » opens the individual screen. {@code AccountDirectory} checks the role.
 */
@Named
@ViewScoped
public class AccountSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AccountDirectory directory;

    /** View parameter: GUARDIAN (default) or STUDENT. */
    private AccountKind kind = AccountKind.GUARDIAN;
    private Long establishmentId;
    /** The header's establishment when the page was loaded: another one chosen since reloads the lists. */
    private Long loadedFor;
    private boolean denied;
    private List<Option> divisions = List.of();
    private List<Option> mefs = List.of();
    private String namePrefix;
    private Long mefId;
    private Long divisionId;
    private List<String> states = List.of();
    /** The criteria of the last « Rechercher »; null before the first. */
    private AccountFilter filter;
    private long count;
    private final LazyDataModel<GuardianCoupleRow> guardianRows = new GuardianRows();
    private final LazyDataModel<StudentAccountRow> studentRows = new StudentRows();

    /** The view action: the establishment and its lists, once the view parameter is known. */
    public void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        establishmentId = null;
        filter = null;
        denied = false;
        if (selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)) {
            denied = true;
            return;
        }
        try {
            divisions = directory.divisions(current.username(), selected.id());
            mefs = directory.mefs(current.username(), selected.id());
            establishmentId = selected.id();
        } catch (AccessDeniedException e) {
            denied = true;
        }
    }

    /** Before each rendering: the header's switcher may have chosen another establishment. */
    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    /** « Rechercher ». */
    public void search() {
        EnumSet<AccountState> chosen = EnumSet.noneOf(AccountState.class);
        states.forEach(state -> chosen.add(AccountState.valueOf(state)));
        filter = new AccountFilter(divisionId, null, chosen, namePrefix, mefId);
    }

    public boolean isStudents() {
        return kind == AccountKind.STUDENT;
    }

    public boolean isSearched() {
        return filter != null && establishmentId != null;
    }

    /** The state filters of the audience: pupils are never « En cours d'activation » (R-ACC-10). */
    public List<AccountState> getStateChoices() {
        return isStudents() ? List.of(AccountState.NOT_NOTIFIED, AccountState.NOTIFIED, AccountState.IN_USE)
                : List.of(AccountState.NOT_NOTIFIED, AccountState.NOTIFIED, AccountState.ACTIVATING,
                AccountState.IN_USE);
    }

    public String getKind() {
        return kind.name();
    }

    /** Anything but STUDENT reads as the guardians' search (the menu's default). */
    public void setKind(String kind) {
        this.kind = AccountKind.STUDENT.name().equals(kind) ? AccountKind.STUDENT : AccountKind.GUARDIAN;
    }

    public boolean isAvailable() { return establishmentId != null; }
    public boolean isDenied() { return denied; }
    public List<Option> getDivisions() { return divisions; }
    public List<Option> getMefs() { return mefs; }
    public String getNamePrefix() { return namePrefix; }
    public void setNamePrefix(String namePrefix) { this.namePrefix = namePrefix; }
    public Long getMefId() { return mefId; }
    public void setMefId(Long mefId) { this.mefId = mefId; }
    public Long getDivisionId() { return divisionId; }
    public void setDivisionId(Long divisionId) { this.divisionId = divisionId; }
    public List<String> getStates() { return states; }
    public void setStates(List<String> states) { this.states = states == null ? List.of() : List.copyOf(states); }
    /** « n compte(s) »: the size of the last search, as counted for the table. */
    public long getCount() { return count; }
    public LazyDataModel<GuardianCoupleRow> getGuardianRows() { return guardianRows; }
    public LazyDataModel<StudentAccountRow> getStudentRows() { return studentRows; }

    private final class GuardianRows extends LazyDataModel<GuardianCoupleRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            count = isSearched() ? directory.countGuardianCouples(current.username(), establishmentId, filter) : 0;
            return (int) Math.min(Integer.MAX_VALUE, count);
        }

        @Override
        public List<GuardianCoupleRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return isSearched() ? directory.guardianCouples(current.username(), establishmentId, filter, first,
                    pageSize) : List.of();
        }

        @Override
        public String getRowKey(GuardianCoupleRow row) {
            return row.key();
        }
    }

    private final class StudentRows extends LazyDataModel<StudentAccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            count = isSearched() ? directory.countStudents(current.username(), establishmentId, filter) : 0;
            return (int) Math.min(Integer.MAX_VALUE, count);
        }

        @Override
        public List<StudentAccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return isSearched() ? directory.students(current.username(), establishmentId, filter, first, pageSize)
                    : List.of();
        }

        @Override
        public String getRowKey(StudentAccountRow row) {
            return row.key();
        }
    }
}
