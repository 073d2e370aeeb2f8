package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.learning.CohortId;
import fi.polku.learning.LearningException;
import fi.polku.learning.Sparring;
import fi.polku.learning.SparringGroupView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
class SparringService implements Sparring {

    private final LearningAccess access;
    private final SparringGroupRepository groups;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final Accounts accounts;
    private final SessionNoteRepository notes;
    private final java.time.Clock clock;

    SparringService(LearningAccess access, SparringGroupRepository groups, EnrolmentRepository enrolments,
                    AttendanceRepository attendance, Accounts accounts, SessionNoteRepository notes,
                    java.time.Clock clock) {
        this.notes = notes;
        this.clock = clock;
        this.access = access;
        this.groups = groups;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<SparringGroupView> groups(CohortId cohort) {
        access.facilitated(cohort.value());
        return views(cohort.value());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<SparringGroupView> formAutomatically(CohortId cohortId) {
        Cohort cohort = access.facilitated(cohortId.value());
        List<Enrolment> members = enrolments.findByCohortId(cohort.id());
        Map<UserId, UserAccount> people = accounts.findAll(members.stream().map(e -> new UserId(e.userId())).toList());
        List<GroupFormer.Member> learners = members.stream().map(e -> new GroupFormer.Member(e.id(),
                people.containsKey(new UserId(e.userId())) ? people.get(new UserId(e.userId())).school() : null)).toList();
        groups.deleteAll(groups.findByCohortIdOrderByName(cohort.id()));
        groups.flush();
        List<List<GroupFormer.Member>> formed = GroupFormer.form(learners, MIN_SIZE, MAX_SIZE, cohort.id().getLeastSignificantBits());
        for (int i = 0; i < formed.size(); i++) {
            groups.save(new SparringGroup(cohort.id(), String.format("%c", 'A' + i),
                    formed.get(i).stream().map(GroupFormer.Member::id).collect(Collectors.toSet())));
        }
        return views(cohort.id());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void move(UUID enrolmentId, UUID groupId) {
        Enrolment enrolment = access.facilitatedEnrolment(enrolmentId);
        SparringGroup target = groups.findById(groupId).filter(g -> g.cohortId().equals(enrolment.cohortId()))
                .orElseThrow(() -> new LearningException("sparring.no-group"));
        groups.findByMember(enrolmentId).ifPresent(g -> {
            g.remove(enrolmentId);
            groups.saveAndFlush(g);
        });
        target.add(enrolmentId);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void recordAttendance(UUID groupId, String lessonId, UUID enrolmentId, boolean present) {
        SparringGroup group = groups.findById(groupId).orElseThrow(() -> new LearningException("sparring.no-group"));
        access.facilitated(group.cohortId());
        if (!group.members().contains(enrolmentId)) {
            throw new LearningException("sparring.not-a-member");
        }
        var key = new Attendance.Key(groupId, lessonId, enrolmentId);
        attendance.findById(key).ifPresentOrElse(a -> a.mark(present), () -> attendance.save(new Attendance(key, present)));
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public java.util.Set<UUID> present(UUID groupId, String lessonId) {
        SparringGroup group = groups.findById(groupId).orElseThrow(() -> new LearningException("sparring.no-group"));
        access.facilitated(group.cohortId());
        return attendance.forGroup(groupId).stream().filter(a -> a.key().lessonId().equals(lessonId))
                .filter(Attendance::present).map(a -> a.key().enrolmentId()).collect(Collectors.toSet());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<SparringGroupView> myGroup(String courseId) {
        var enrolment = enrolments.findByCourseIdAndUserId(courseId, access.me().id().value());
        // the learner's group alone, not the cohort's groups filtered to it (those grow with the cohort)
        return enrolment.flatMap(e -> groups.findByMember(e.id())).map(g -> views(List.of(g)).getFirst());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public String notes(UUID groupId, String lessonId) {
        memberOrFacilitator(groupId);
        return notes.findById(new SessionNote.Key(groupId, lessonId)).map(SessionNote::text).orElse("");
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveNotes(UUID groupId, String lessonId, String text) {
        memberOrFacilitator(groupId);
        if (text.length() > SessionNote.MAX_LENGTH) {
            throw LearningException.onField("notes", "learning.text-too-long", SessionNote.MAX_LENGTH);
        }
        var key = new SessionNote.Key(groupId, lessonId);
        SessionNote note = notes.findById(key).orElseGet(() -> new SessionNote(key));
        note.update(text, access.me().displayName(), clock.instant());
        notes.save(note);
    }

    private SparringGroup memberOrFacilitator(UUID groupId) {
        SparringGroup group = groups.findById(groupId).orElseThrow(() -> new LearningException("sparring.no-group"));
        var me = access.me();
        boolean member = enrolments.findByCohortIdAndUserId(group.cohortId(), me.id().value())
                .filter(e -> group.members().contains(e.id())).isPresent();
        if (!member) {
            access.facilitated(group.cohortId());
        }
        return group;
    }

    private List<SparringGroupView> views(UUID cohortId) {
        return views(groups.findByCohortIdOrderByName(cohortId));
    }

    private List<SparringGroupView> views(List<SparringGroup> list) {
        var allMembers = new HashSet<UUID>();
        list.forEach(g -> allMembers.addAll(g.members()));
        Map<UUID, Enrolment> byId = enrolments.findAllById(allMembers).stream()
                .collect(Collectors.toMap(Enrolment::id, e -> e));
        Map<UserId, fi.polku.accounts.PublicProfile> people =
                accounts.publicProfiles(byId.values().stream().map(e -> new UserId(e.userId())).toList());
        return list.stream().map(g -> new SparringGroupView(g.id(), g.name(), g.members().stream()
                .filter(byId::containsKey).map(id -> {
                    var a = people.get(new UserId(byId.get(id).userId()));
                    return new SparringGroupView.Member(id, a == null ? "?" : a.displayName(),
                            a == null || a.school() == null ? "" : a.school());
                }).sorted(Comparator.comparing(SparringGroupView.Member::name)).toList())).toList();
    }
}
