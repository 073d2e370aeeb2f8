package fi.polku.peerreview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;

/** A link that downloads an attachment through the service's access check. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(PeerReviews peerReviews, Views.AttachmentInfo a) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Views.Download d = peerReviews.download(a.id());
            return new DownloadResponse(d.content(), d.fileName(), d.mediaType(), d.size());
        }), a.fileName() + " (" + Math.max(1, a.size() / 1024) + " kB)");
        link.addClassName("attachment-link");
        return link;
    }
}
