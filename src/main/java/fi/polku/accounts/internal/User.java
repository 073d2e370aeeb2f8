package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "users")
@EntityListeners(RequestAccountCache.Listener.class)
class User {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column
    private @Nullable String school;

    /** Added by a facilitator before the person registered: no usable password yet. */
    @Column(nullable = false)
    private boolean invited;

    @Version
    private long version;

    protected User() {
    }

    User(String email, String displayName, String passwordHash, Locale language, Set<Role> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.language = language.getLanguage();
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** An account a facilitator creates from a class list; the person claims it by registering. */
    static User invited(String email, String displayName, String unusableHash, @Nullable String school, Instant now) {
        User user = new User(email, displayName, unusableHash, Locale.of("fi"), Set.of(Role.LEARNER), now);
        user.invited = true;
        user.school = school;
        return user;
    }

    boolean isInvited() {
        return invited;
    }

    void claim(String displayName, String passwordHash, Locale language) {
        if (!invited) {
            throw new IllegalStateException("Only an invited account can be claimed");
        }
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.language = language.getLanguage();
        this.invited = false;
    }

    /** The person's own organisation vouched for the invited e-mail address: the account is theirs. */
    void confirmBySingleSignOn() {
        this.invited = false;
    }

    /** A new password chosen through a reset link; the account is usable from now on. */
    void changePassword(String passwordHash) {
        if (invited) {
            throw new IllegalStateException("An invited account gets its password by registering");
        }
        this.passwordHash = passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }

    void changeSchool(@Nullable String school) {
        this.school = school == null || school.isBlank() ? null : school.strip();
    }

    void changeLanguage(Locale locale) {
        this.language = locale.getLanguage();
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        if (roles.size() == 1 && roles.contains(role)) {
            throw new IllegalStateException("A user keeps at least one role");
        }
        roles.remove(role);
    }

    UserAccount toAccount() {
        return new UserAccount(new UserId(id), email, displayName,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                Locale.forLanguageTag(language), createdAt, school, invited);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof User other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
