package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security log people in with their email address and password. */
@Component
class PolkuUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    PolkuUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByEmail(User.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.email())
                .password(user.passwordHash())
                .disabled(user.isInvited())
                .authorities(user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
