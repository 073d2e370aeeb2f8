package fi.polku.accounts.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Audit;
import fi.polku.accounts.PasswordPolicy;
import fi.polku.accounts.PublicProfile;
import fi.polku.accounts.Registration;
import fi.polku.accounts.RegistrationException;
import fi.polku.accounts.RegistrationException.Field;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 200;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Audit audit;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, Clock clock, Audit audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional
    public UserAccount register(Registration r) {
        if (r.displayName().isBlank()) {
            throw new RegistrationException(Field.DISPLAY_NAME, "register.name.required");
        }
        if (r.displayName().strip().length() > MAX_NAME) {
            throw new RegistrationException(Field.DISPLAY_NAME, "register.name.too-long");
        }
        String email = User.normaliseEmail(r.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new RegistrationException(Field.EMAIL, "register.email.invalid");
        }
        PasswordPolicy.problem(r.password()).ifPresent(key -> {
            throw new RegistrationException(Field.PASSWORD, key);
        });
        var existing = users.findByEmail(email);
        if (existing.isPresent() && existing.get().isInvited()) {
            existing.get().claim(r.displayName(), passwordEncoder.encode(r.password()), r.language());
            return existing.get().toAccount();
        }
        if (existing.isPresent()) {
            throw new RegistrationException(Field.EMAIL, "register.email.taken");
        }
        try {
            return users.saveAndFlush(create(r.displayName(), email, r.password(), r.language(), Set.of(Role.LEARNER)))
                    .toAccount();
        } catch (DataIntegrityViolationException raceLost) {
            throw new RegistrationException(Field.EMAIL, "register.email.taken");
        }
    }

    User create(String name, String email, String password, Locale language, Set<Role> roles) {
        return createHashed(name, email, hash(password), language, roles);
    }

    /** A user whose password is already hashed ({@link #hash}): several demo users share one hash. */
    User createHashed(String name, String email, String passwordHash, Locale language, Set<Role> roles) {
        return new User(email, name, passwordHash, language, roles, clock.instant());
    }

    String hash(String password) {
        return passwordEncoder.encode(password);
    }

    @Override
    public Optional<UserAccount> find(UserId id) {
        Optional<UserAccount> signedIn = RequestAccountCache.get(id);
        return signedIn.isPresent() ? signedIn : users.findById(id.value()).map(User::toAccount);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public UserAccount findOrInvite(String displayName, String email, @Nullable String school) {
        String normalised = User.normaliseEmail(email);
        return users.findByEmail(normalised).orElseGet(() -> users.save(User.invited(normalised, displayName,
                passwordEncoder.encode(UUID.randomUUID().toString()), school, clock.instant()))).toAccount();
    }

    @Override
    @Transactional
    public void changeSchool(UserId id, @Nullable String school) {
        users.findById(id.value()).ifPresent(u -> u.changeSchool(school));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Map<UserId, PublicProfile> publicProfiles(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // names and schools only: loading whole users would also load their roles (two statements)
        return users.profiles(ids.stream().map(UserId::value).collect(java.util.stream.Collectors.toSet())).stream()
                .map(row -> new PublicProfile(new UserId((java.util.UUID) row[0]), (String) row[1], (String) row[2]))
                .collect(java.util.stream.Collectors.toMap(PublicProfile::id, p -> p));
    }

    @Override
    public java.util.Set<UserId> withRole(Role role, Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return users.holding(role, ids.stream().map(UserId::value).collect(java.util.stream.Collectors.toSet()))
                .stream().map(UserId::new).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public Map<UserId, UserAccount> findAll(Collection<UserId> ids) {
        return users.findAllById(ids.stream().map(UserId::value).toList()).stream().map(User::toAccount)
                .collect(java.util.stream.Collectors.toMap(UserAccount::id, a -> a));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(User.normaliseEmail(email)).map(User::toAccount);
    }

    @Override
    @Transactional
    public void changeLanguage(UserId id, Locale language) {
        users.findById(id.value()).ifPresent(u -> u.changeLanguage(language));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public List<UserAccount> list(Optional<Role> role, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("displayName", "email"));
        return role.map(r -> users.findByRoles(r, page)).orElseGet(() -> users.findAll(page).getContent())
                .stream().map(User::toAccount).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public long count(Optional<Role> role) {
        return role.map(users::countByRoles).orElseGet(users::count);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void grant(UserId id, Role role) {
        users.findById(id.value()).orElseThrow().grant(role);
        audit.record(Audit.ROLE_GRANTED, id, role.name());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(UserId id, Role role) {
        users.findById(id.value()).orElseThrow().revoke(role);
        audit.record(Audit.ROLE_REVOKED, id, role.name());
    }
}
