package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One row per assignment and pool, locked (SELECT … FOR UPDATE) while a reviewer is handed a
 * submission, so that concurrent requests in the same pool take turns and see each other's picks.
 */
@Entity
@Table(name = "review_pools")
class ReviewPool {

    @Id
    private String id;
    @Column(nullable = false)
    @Version
    private long version;

    protected ReviewPool() {
    }

    ReviewPool(String id) {
        this.id = id;
    }

    static String key(String courseId, String lessonId, String poolId) {
        return courseId + "/" + lessonId + "/" + poolId;
    }
}
