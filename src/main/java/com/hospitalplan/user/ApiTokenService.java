package com.hospitalplan.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is shown once when created and stored only as its SHA-256 hash: a token has 256
 * random bits, so a fast hash is enough (unlike passwords, it cannot be guessed from a dictionary).
 */
@Service
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Creates a token for the user and returns it in clear, the only time it is available. */
    @Transactional
    public String create(Long userId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "hpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new ApiToken(userId, name.strip(), hash(token), clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(Long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t -> new ApiTokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
                .toList();
    }

    /** Revokes one of the user's own tokens; a token of someone else is not found. */
    @Transactional
    public void revoke(Long userId, Long tokenId) {
        tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> new ApiTokenNotFoundException(tokenId))
                .revoke(clock.instant());
    }

    /** The user behind an active token whose account is enabled, or empty. */
    @Transactional
    public Optional<SignedInUser> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token.strip()))
                .filter(ApiToken::isActive)
                .flatMap(found -> users.findById(found.userId()).map(user -> {
                    found.markUsed(clock.instant());
                    return new SignedInUser(user);
                }))
                // a disabled account's tokens are refused; wrong passwords at the sign-in form do not touch them
                .filter(SignedInUser::isEnabled);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
