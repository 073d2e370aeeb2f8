package fi.polku.accounts.internal;

import fi.polku.accounts.Audit;
import fi.polku.accounts.AuditEntry;
import fi.polku.accounts.UserId;
import fi.polku.shared.DisplayZone;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class AuditService implements Audit {

    private static final int MAX_DETAIL = 500;

    private final AuditRepository log;
    private final UserRepository users;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    // The security context rather than CurrentUser: CurrentUser needs Accounts, which records here.
    AuditService(AuditRepository log, UserRepository users, ObjectProvider<SecurityContextHolderStrategy> security,
                 Clock clock) {
        this.log = log;
        this.users = users;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** Joins the caller's transaction, so an action rolled back leaves no row claiming it happened. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable UserId subject, @Nullable String detail) {
        Authentication auth = security.getContext().getAuthentication();
        User actor = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? null : users.findByEmail(User.normaliseEmail(auth.getName())).orElse(null);
        String clipped = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        log.save(new AuditRecord(clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "" : actor.toAccount().displayName(), action,
                subject == null ? null : subject.value(), clipped));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> page(Filter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        return log.findAll(matching(filter), PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "at")))
                .stream().map(AuditRecord::view).toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public long count(Filter filter) {
        return log.count(matching(filter));
    }

    @Transactional
    void forget(UserId person) {
        log.forgetActorName(person.value());
    }

    private static Specification<AuditRecord> matching(Filter f) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (f.person() != null) {
                UUID id = f.person().value();
                all.add(cb.or(cb.equal(root.get("actorId"), id), cb.equal(root.get("subjectId"), id)));
            }
            if (f.action() != null) {
                all.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("at"), f.from().atStartOfDay(DisplayZone.get()).toInstant()));
            }
            if (f.to() != null) {
                all.add(cb.lessThan(root.get("at"), f.to().plusDays(1).atStartOfDay(DisplayZone.get()).toInstant()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
