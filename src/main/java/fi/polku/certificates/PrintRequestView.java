package fi.polku.certificates;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

public record PrintRequestView(UUID id, String code, String learnerName, String courseTitle, String recipient,
                               String address, Instant requestedAt, @Nullable Instant sentAt) {
}
