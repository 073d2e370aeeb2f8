package fi.polku.schools;

import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.LinkForm;

import java.util.Optional;
import java.util.Locale;

/**
 * Answering through a personal link, with no Polku account: the unguessable token in the link
 * is the only key, so nothing here asks who is signed in.
 */
public interface SelfAssessmentLinks {

    /** The form behind a link; empty for an unknown token or a lesson that no longer exists. */
    Optional<LinkForm> open(String token, Locale language);

    /** Saves (or replaces) the answer of the link's holder; refused once the round is closed. */
    void answer(String token, Answer answer);
}
