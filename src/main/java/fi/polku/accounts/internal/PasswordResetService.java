package fi.polku.accounts.internal;

import fi.polku.accounts.PasswordPolicy;
import fi.polku.accounts.PasswordResetException;
import fi.polku.accounts.PasswordResets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class PasswordResetService implements PasswordResets {

    private final UserRepository users;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final ResetMailer mailer;
    private final LoginThrottle loginThrottle;
    private final Clock clock;
    private final Duration validFor;
    private final FailureWindow perAccount;
    private final FailureWindow perAddress;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(UserRepository users, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
                         ResetMailer mailer, LoginThrottle loginThrottle, Clock clock,
                         @Value("${polku.password-reset.valid-for:1h}") Duration validFor,
                         @Value("${polku.password-reset.max-per-account:3}") int perAccount,
                         @Value("${polku.password-reset.max-per-address:10}") int perAddress,
                         @Value("${polku.password-reset.window:1h}") Duration window) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.loginThrottle = loginThrottle;
        this.clock = clock;
        this.validFor = validFor;
        this.perAccount = new FailureWindow(perAccount, window, clock);
        this.perAddress = new FailureWindow(perAddress, window, clock);
    }

    @Override
    @PreAuthorize("permitAll()")
    public boolean available() {
        return mailer.configured();
    }

    @Override
    @Transactional
    @PreAuthorize("permitAll()")
    public void request(String email, @Nullable String clientAddress) {
        String account = User.normaliseEmail(email);
        // Throttled or not, known or not, the caller sees the same: a mailbox is not to be flooded,
        // and the answer must not tell which addresses have accounts.
        if (!mailer.configured() || perAccount.blockedFor(account).isPresent()
                || (clientAddress != null && perAddress.blockedFor(clientAddress).isPresent())) {
            return;
        }
        perAccount.record(account);
        if (clientAddress != null) {
            perAddress.record(clientAddress);
        }
        users.findByEmail(account).filter(u -> !u.isInvited()).ifPresent(user -> {
            String secret = newSecret();
            tokens.save(new PasswordResetToken(user.id(), hash(secret), clock.instant(), validFor));
            mailer.send(user.email(), user.displayName(), user.language(), secret, validFor);
        });
    }

    @Override
    @PreAuthorize("permitAll()")
    public LinkState check(String token) {
        return find(token).map(t -> t.used() ? LinkState.INVALID
                : t.expired(clock.instant()) ? LinkState.EXPIRED : LinkState.VALID).orElse(LinkState.INVALID);
    }

    @Override
    @Transactional
    @PreAuthorize("permitAll()")
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken link = find(token).filter(t -> !t.used())
                .orElseThrow(() -> new PasswordResetException("reset.link.invalid"));
        if (link.expired(now)) {
            throw new PasswordResetException("reset.link.expired");
        }
        PasswordPolicy.problem(newPassword).ifPresent(key -> {
            throw new PasswordResetException(key);
        });
        User user = users.findById(link.userId()).orElseThrow(() -> new PasswordResetException("reset.link.invalid"));
        user.changePassword(passwordEncoder.encode(newPassword));
        tokens.findByUserIdAndUsedAtIsNull(user.id()).forEach(t -> t.useUp(now));
        link.useUp(now);
        loginThrottle.forgive(user.email());
        perAccount.forget(user.email());
    }

    private Optional<PasswordResetToken> find(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 256 random bits need no slow hash: nobody can guess them, a fast one only keeps copies useless. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
