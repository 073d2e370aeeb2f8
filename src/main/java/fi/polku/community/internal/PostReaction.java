package fi.polku.community.internal;

import fi.polku.community.Discussions.Reaction;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** One person's "helpful" or "I'll try this" on a post; at most one of each kind. */
@Entity
@Table(name = "discussion_reactions")
class PostReaction {

    @Embeddable
    record Key(@Column(name = "post_id") UUID postId, @Column(name = "user_id") UUID userId,
               @Enumerated(EnumType.STRING) @Column(name = "kind") Reaction kind) {
    }

    @EmbeddedId
    private Key key;

    protected PostReaction() {
    }

    PostReaction(UUID postId, UUID userId, Reaction kind) {
        this.key = new Key(postId, userId, kind);
    }

    Key key() { return key; }
}
