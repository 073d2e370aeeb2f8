package fi.polku.schools;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The catalogue of technology kits: everyone signed in reads it, facilitators and admins keep it. */
public interface Kits {

    /** Kits on loan, by name; retired ones are left out. */
    List<KitViews.Kit> catalogue();

    /** Also a retired kit, so that learners can still read the guide of one they borrowed. */
    Optional<KitViews.Kit> kit(KitId id);

    KitViews.Kit create(KitViews.KitForm form);

    /**
     * @throws KitException on {@code quantity} when fewer would be left than are already booked
     *                      for some day
     */
    KitViews.Kit update(KitId id, KitViews.KitForm form);

    /** Out of the catalogue: no new requests or approvals; bookings already running go on. */
    void retire(KitId id);

    /**
     * Replaces the kit's photo with a JPEG, PNG or WebP image, judged by its bytes. The size limit
     * is enforced while reading, so a lying client stores nothing.
     */
    KitViews.Kit storePhoto(KitId id, InputStream content);

    Optional<KitViews.Photo> photo(KitId id);
}
