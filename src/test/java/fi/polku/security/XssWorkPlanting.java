package fi.polku.security;

import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Project reports, peer reviews, trainer feedback and technology kits, filled with the corpus. */
final class XssWorkPlanting {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Map<String, Integer> LEVELS = Map.of("goal", 2, "pupils", 2, "evidence", 2, "sharing", 2);

    record Services(PeerReviews peerReviews, Moderation moderation, Kits kits, KitBookings bookings) {
    }

    private final Services s;
    private final XssPlanting people;
    private final XssSeed seed;
    /** The first payload-named author: reviewed by three peers, who gave three reviews. */
    String author;
    /** A review the author gave, whose page shows another learner's report. */
    UUID review;

    XssWorkPlanting(Services services, XssPlanting people) {
        this.s = services;
        this.people = people;
        this.seed = people.seed;
    }

    void peerReview(String lesson) {
        String course = XssPlanting.COURSE;
        List<XssSeed.Piece> titles = seed.pack(300, " ");
        List<XssSeed.Piece> files = seed.pack(110, " ");
        String text = seed.planted("report text", seed.markdown(100_000).getFirst());
        List<String> submitters = people.authors.subList(0, 4).stream().map(a -> a.email()).toList();
        UUID first = null;
        for (int k = 0; k < submitters.size(); k++) {
            people.as(submitters.get(k));
            UUID id = s.peerReviews().saveDraft(course, lesson, seed.planted("report title", titles.get(k)), text).id();
            first = first == null ? id : first;
            for (int f = k * 10; f < k * 10 + 10 && f < files.size(); f++) {
                String name = seed.planted("attachment file name", files.get(f)) + ".pdf";
                s.peerReviews().attach(course, lesson, name, PDF.length, new ByteArrayInputStream(PDF));
            }
            s.peerReviews().submit(course, lesson);
        }
        author = submitters.getFirst();
        List<XssSeed.Piece> reviewTexts = new ArrayList<>(seed.markdown(5000));
        for (String reviewer : submitters) {
            people.as(reviewer);
            for (int r = 0; r < 3; r++) {
                UUID id = s.peerReviews().requestReview(course, lesson).orElseThrow();
                if (reviewer.equals(author) && review == null) {
                    review = id;
                }
                boolean ofFirst = s.peerReviews().task(id).submission().id().equals(first);
                s.peerReviews().submitReview(id, new Views.ReviewForm(LEVELS, field(ofFirst, "review: what works", reviewTexts),
                        field(ofFirst, "review: one idea to try", reviewTexts), field(ofFirst, "review: comment", reviewTexts)));
            }
        }
        people.as(author);
        List<XssSeed.Piece> reasons = new ArrayList<>(seed.pack(2000, " "));
        for (Views.Review got : s.peerReviews().mine(course, lesson).feedback().reviews()) {
            for (int f = 0; f < 3 && !reasons.isEmpty(); f++) {
                s.peerReviews().flag(got.id(), seed.planted("review flag reason", reasons.removeFirst()));
            }
        }
        people.as(XssPlanting.FACILITATOR);
        for (XssSeed.Piece note : seed.markdown(20_000)) {
            s.moderation().trainerFeedback(first, seed.planted("trainer feedback", note));
        }
    }

    /** The next unplanted piece for a review of the watched report; plain words for the others. */
    private String field(boolean watched, String name, List<XssSeed.Piece> pieces) {
        return watched && !pieces.isEmpty() ? seed.planted(name, pieces.removeFirst()) : "Clear goal, good evidence.";
    }

    /** The first kit: its guide page shows the guide to learners. */
    KitViews.Kit firstKit;

    void kits() {
        people.as(XssPlanting.FACILITATOR);
        List<XssSeed.Piece> names = seed.pack(200, " ");
        List<XssSeed.Piece> contents = seed.pack(5000, "\n");
        List<XssSeed.Piece> guides = seed.markdown(50_000);
        List<KitViews.Kit> kits = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            kits.add(s.kits().create(new KitViews.KitForm(seed.planted("kit name", names.get(i)),
                    i < contents.size() ? seed.planted("kit contents", contents.get(i)) : "- 2 tablets",
                    5, i < guides.size() ? seed.planted("kit guide", guides.get(i)) : "Charge first.")));
        }
        firstKit = kits.getFirst();
        List<XssSeed.Piece> notes = seed.pack(2000, " ");
        List<XssSeed.Piece> schools = seed.pack(200, " ");
        LocalDate day = LocalDate.now().plusDays(7);
        List<KitViews.Booking> toDecline = new ArrayList<>();
        people.as(XssPlanting.VIEWER);
        for (int i = 0; i < notes.size() * 2 && i < kits.size(); i++) {
            KitViews.Booking b = s.bookings().request(kits.get(i).id(), new KitViews.Request(day, day.plusDays(1),
                    seed.planted("kit request school", schools.get(i)), seed.planted("kit request note", notes.get(i % notes.size()))));
            if (i >= notes.size()) {
                toDecline.add(b);
            }
        }
        people.as(XssPlanting.FACILITATOR);
        for (int i = 0; i < toDecline.size(); i++) {
            s.bookings().decline(toDecline.get(i).id(), seed.planted("kit decline reason", notes.get(i)));
        }
    }
}
