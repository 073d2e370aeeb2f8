package fi.polku.community.internal;

import fi.polku.community.Gallery.Visibility;
import fi.polku.learning.CohortId;
import fi.polku.learning.Participation.Standing;

import java.util.Collections;
import java.util.Set;

/**
 * Who may see a gallery entry inside Polku, decided from facts only: the reader's and the author's
 * standing in the course. "The author's cohort" is read when asked, so it follows the author if a
 * facilitator moves them to another cohort. The public link is checked by its token, not here.
 */
final class GalleryAccess {

    private GalleryAccess() {
    }

    /**
     * @param reader       the signed-in reader's standing in the entry's course
     * @param readerIsAuthor whether the reader wrote the entry
     * @param author       the author's standing in the course
     */
    static boolean canRead(Visibility visibility, boolean withdrawn, boolean readerIsAuthor, Standing reader,
                           Standing author) {
        if (readerIsAuthor) {
            return true;
        }
        if (withdrawn) {
            return false;
        }
        return switch (visibility) {
            case USERS, PUBLIC_LINK -> true;
            case COHORT -> reader.admin() || sharesCohort(reader, author);
        };
    }

    static boolean sharesCohort(Standing reader, Standing author) {
        return !Collections.disjoint(reader.cohorts(), author.cohorts());
    }

    /** Facilitators of any of the author's cohorts, and admins. */
    static boolean canModerate(Standing moderator, Standing author) {
        Set<CohortId> cohorts = author.cohorts();
        return moderator.admin() || cohorts.stream().anyMatch(moderator::moderates);
    }
}
