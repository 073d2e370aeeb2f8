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
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class SparringService implements Sparring {

    private final LearningAccess access;
    private final SparringGroupRepository groups;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final Accounts accounts;

    SparringService(LearningAccess access, SparringGroupRepository groups, EnrolmentRepository enrolments,
                    AttendanceRepository attendance, Accounts accounts) {
        this.access = access;
        this.groups = groups;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.accounts = accounts;
    }

    @Override
    public List<SparringGroupView> groups(CohortId cohort) {
        access.facilitated(cohort.value());
        return views(cohort.value());
    }

    @Override
    @Transactional
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
    public void recordAttendance(UUID groupId, String lessonId, UUID enrolmentId, boolean present) {
        SparringGroup group = groups.findById(groupId).orElseThrow(() -> new LearningException("sparring.no-group"));
        access.facilitated(group.cohortId());
        if (!group.members().contains(enrolmentId)) {
            throw new LearningException("sparring.not-a-member");
        }
        var key = new Attendance.Key(groupId, lessonId, enrolmentId);
        attendance.findById(key).ifPresentOrElse(a -> a.mark(present), () -> attendance.save(new Attendance(key, present)));
    }

    private List<SparringGroupView> views(UUID cohortId) {
        List<SparringGroup> list = groups.findByCohortIdOrderByName(cohortId);
        var allMembers = new HashSet<UUID>();
        list.forEach(g -> allMembers.addAll(g.members()));
        Map<UUID, Enrolment> byId = enrolments.findAllById(allMembers).stream()
                .collect(Collectors.toMap(Enrolment::id, e -> e));
        Map<UserId, UserAccount> people = accounts.findAll(byId.values().stream().map(e -> new UserId(e.userId())).toList());
        return list.stream().map(g -> new SparringGroupView(g.id(), g.name(), g.members().stream()
                .filter(byId::containsKey).map(id -> {
                    UserAccount a = people.get(new UserId(byId.get(id).userId()));
                    return new SparringGroupView.Member(id, a == null ? "?" : a.displayName(),
                            a == null || a.school() == null ? "" : a.school());
                }).sorted(Comparator.comparing(SparringGroupView.Member::name)).toList())).toList();
    }
}
