package fi.polku.schools.internal;

import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import fi.polku.shared.UntrustedText;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@EnableConfigurationProperties(KitProperties.class)
class KitCatalogService implements Kits {

    private final KitRepository kits;
    private final KitPhotoRepository photos;
    private final KitBookingRepository bookings;
    private final KitProperties properties;
    private final Clock clock;

    KitCatalogService(KitRepository kits, KitPhotoRepository photos, KitBookingRepository bookings,
                      KitProperties properties, Clock clock) {
        this.kits = kits;
        this.photos = photos;
        this.bookings = bookings;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<KitViews.Kit> catalogue() {
        List<Kit> all = kits.findByRetiredFalseOrderByName();
        Map<UUID, Instant> photoTimes = all.isEmpty() ? Map.of()
                : photos.uploadTimes(all.stream().map(Kit::id).toList()).stream()
                        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
        return all.stream().map(k -> view(k, photoTimes.get(k.id()))).toList();
    }

    @Override
    public Optional<KitViews.Kit> kit(KitId id) {
        return kits.findById(id.value()).map(k -> view(k, photos.uploadTime(k.id()).orElse(null)));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Kit create(KitViews.KitForm form) {
        return view(kits.save(new Kit(form, clock.instant())), null);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Kit update(KitId id, KitViews.KitForm form) {
        // Locked like an approval, so that no approval slips in between the count and the change.
        Kit kit = kits.lock(id.value()).orElseThrow(() -> new KitException(null, "kits.error.no-such-kit"));
        LocalDate today = LocalDate.now(clock);
        List<KitViews.Period> ahead = bookings.overlapping(kit.id(), List.of(KitBookingStatus.APPROVED,
                        KitBookingStatus.HANDED_OUT), today, LocalDate.of(9999, 12, 31)).stream()
                .map(KitBooking::period).toList();
        int peak = KitCalendar.peakFrom(ahead, today);
        if (form.quantity() < peak) {
            throw new KitException("quantity", "kits.error.quantity-below-booked", peak);
        }
        kit.revise(form, clock.instant());
        return view(kit, photos.uploadTime(kit.id()).orElse(null));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void retire(KitId id) {
        kits.lock(id.value()).orElseThrow(() -> new KitException(null, "kits.error.no-such-kit"))
                .retire(clock.instant());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Kit storePhoto(KitId id, InputStream content) {
        Kit kit = kits.findById(id.value()).orElseThrow(() -> new KitException(null, "kits.error.no-such-kit"));
        KitPhotoPolicy.Accepted photo = KitPhotoPolicy.read(content, properties.maxPhoto().toBytes());
        Instant now = clock.instant();
        photos.findById(kit.id()).ifPresentOrElse(p -> p.replace(photo.mediaType(), photo.content(), now),
                () -> photos.save(new KitPhotoFile(kit.id(), photo.mediaType(), photo.content(), now)));
        return view(kit, now);
    }

    @Override
    public Optional<KitViews.Photo> photo(KitId id) {
        return photos.findById(id.value()).map(p -> new KitViews.Photo(p.mediaType(), p.content()));
    }

    private static KitViews.Kit view(Kit k, @Nullable Instant photoAt) {
        return new KitViews.Kit(new KitId(k.id()), k.name(), k.contents(), k.quantity(), k.guide(),
                UntrustedText.toHtml(k.guide()), k.retired(), photoAt == null ? null : photoAt.toEpochMilli());
    }
}
