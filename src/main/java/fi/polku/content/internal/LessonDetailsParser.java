package fi.polku.content.internal;

import fi.polku.content.LessonDetails;
import fi.polku.content.LessonDetails.Assignment;
import fi.polku.content.LessonDetails.Criterion;
import fi.polku.content.LessonDetails.Option;
import fi.polku.content.LessonDetails.PlanField;
import fi.polku.content.LessonDetails.Question;
import fi.polku.content.LessonDetails.QuestionKind;
import fi.polku.content.LessonDetails.Theme;
import fi.polku.content.LessonType;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and checks the front matter keys that belong to each lesson type. */
final class LessonDetailsParser {

    private static final Set<String> ATTACHMENT_TYPES = Set.of("pdf", "image", "office");

    private LessonDetailsParser() {
    }

    static LessonDetails parse(LessonType type, YamlNode fm, ZoneId zone) {
        return switch (type) {
            case READING -> new LessonDetails.Reading();
            case SURVEY -> survey(fm);
            case PLAN -> plan(fm);
            case REFLECTION -> new LessonDetails.Reflection(fm.requireText("prompt"),
                    fm.intValue("min_words", 0, 0, 10_000));
            case SESSION -> session(fm, zone);
            case ASSIGNMENT -> assignment(fm);
            case SELF_ASSESSMENT -> SelfAssessmentTemplateParser.parse(fm);
        };
    }

    private static LessonDetails survey(YamlNode fm) {
        List<Theme> themes = new ArrayList<>();
        Set<String> themeIds = new HashSet<>();
        for (YamlNode t : fm.list("themes")) {
            Theme theme = new Theme(t.requireText("id"), t.requireText("title"), t.optionalText("description").orElse(""));
            if (!themeIds.add(theme.id())) {
                throw t.problem("theme id '" + theme.id() + "' appears twice");
            }
            themes.add(theme);
        }
        List<YamlNode> questionNodes = fm.list("questions");
        if (questionNodes.isEmpty()) {
            throw new ContentParseException(fm.file(), fm.lineOf("questions"), "a survey needs 'questions'");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (YamlNode q : questionNodes) {
            String id = q.requireText("id");
            if (!questionIds.add(id)) {
                throw q.problem("question id '" + id + "' appears twice");
            }
            String kindName = q.optionalText("kind").orElse("single");
            QuestionKind kind;
            try {
                kind = QuestionKind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ContentParseException(q.file(), q.lineOf("kind"),
                        "unknown question kind '" + kindName + "' (use single, multiple, scale or text)");
            }
            List<Option> options = new ArrayList<>();
            for (YamlNode o : q.list("options")) {
                List<String> optionThemes = o.textList("themes");
                for (String theme : optionThemes) {
                    if (!themeIds.contains(theme)) {
                        throw new ContentParseException(o.file(), o.lineOf("themes"), "unknown theme '" + theme + "'");
                    }
                }
                options.add(new Option(o.requireText("id"), o.requireText("text"), optionThemes));
            }
            if ((kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) && options.isEmpty()) {
                throw q.problem("question '" + id + "' has no options");
            }
            questions.add(new Question(id, q.requireText("text"), kind, options,
                    q.optionalText("min_label").orElse(null), q.optionalText("max_label").orElse(null)));
        }
        return new LessonDetails.Survey(questions, themes);
    }

    private static LessonDetails plan(YamlNode fm) {
        List<YamlNode> nodes = fm.list("fields");
        if (nodes.isEmpty()) {
            throw new ContentParseException(fm.file(), fm.lineOf("fields"), "a plan needs 'fields'");
        }
        Set<String> ids = new HashSet<>();
        List<PlanField> fields = new ArrayList<>();
        for (YamlNode f : nodes) {
            PlanField field = new PlanField(f.requireText("id"), f.requireText("label"), f.optionalText("help").orElse(null));
            if (!ids.add(field.id())) {
                throw f.problem("field id '" + field.id() + "' appears twice");
            }
            fields.add(field);
        }
        return new LessonDetails.Plan(fields);
    }

    private static LessonDetails session(YamlNode fm, ZoneId zone) {
        ZonedDateTime start = dateTime(fm, "start").atZone(zone);
        ZonedDateTime end = dateTime(fm, "end").atZone(zone);
        if (!end.isAfter(start)) {
            throw new ContentParseException(fm.file(), fm.lineOf("end"), "'end' must be after 'start'");
        }
        String link = fm.optionalText("link").orElse(null);
        if (link != null && !isHttpUrl(link)) {
            throw new ContentParseException(fm.file(), fm.lineOf("link"), "'link' must be an http(s) address");
        }
        String place = fm.optionalText("place").orElse(null);
        if (place == null && link == null) {
            throw new ContentParseException(fm.file(), fm.lineOf("start"), "a session needs a 'place' or a 'link'");
        }
        return new LessonDetails.Session(fm.optionalText("session_kind").orElse("meeting"), start, end, place, link);
    }

    private static LessonDetails assignment(YamlNode fm) {
        List<YamlNode> criteria = fm.list("rubric");
        if (criteria.isEmpty()) {
            throw new ContentParseException(fm.file(), fm.lineOf("rubric"), "an assignment needs a 'rubric' with criteria");
        }
        List<Criterion> rubric = new ArrayList<>();
        for (YamlNode c : criteria) {
            List<String> levels = c.textList("levels");
            if (levels.size() != 4) {
                throw new ContentParseException(c.file(), c.lineOf("levels"),
                        "criterion '" + c.optionalText("id").orElse("?") + "' needs exactly 4 levels, not " + levels.size());
            }
            rubric.add(new Criterion(c.requireText("id"), c.requireText("title"), levels));
        }
        int toGive = fm.intValue("reviews_to_give", 3, 0, 20);
        int required = fm.intValue("reviews_required", 2, 0, 20);
        if (required > toGive) {
            throw new ContentParseException(fm.file(), fm.lineOf("reviews_required"),
                    "'reviews_required' (" + required + ") may not exceed 'reviews_to_give' (" + toGive + ")");
        }
        Set<String> types = new LinkedHashSet<>(List.of("pdf", "image", "office"));
        int maxMb = 20;
        var attachments = fm.get("attachments");
        if (attachments.isPresent()) {
            types = new LinkedHashSet<>(attachments.get().textList("types"));
            for (String t : types) {
                if (!ATTACHMENT_TYPES.contains(t)) {
                    throw new ContentParseException(fm.file(), attachments.get().lineOf("types"),
                            "unknown attachment type '" + t + "' (use pdf, image or office)");
                }
            }
            maxMb = attachments.get().intValue("max_mb", 20, 1, 500);
        }
        LocalDateTime deadline = fm.get("deadline").isPresent() ? dateTime(fm, "deadline") : null;
        return new Assignment(fm.optionalText("instructions").orElse(""), rubric, toGive, required,
                fm.intValue("relax_after_days", 7, 1, 365), deadline, Set.copyOf(types), maxMb,
                fm.bool("anonymous_reviews", true), reviewOrder(fm), nobodyWaits(fm));
    }

    private static LessonDetails.ReviewOrder reviewOrder(YamlNode fm) {
        return switch (fm.optionalText("review_order").orElse("fewest-first")) {
            case "fewest-first" -> LessonDetails.ReviewOrder.FEWEST_FIRST;
            case "oldest-first" -> LessonDetails.ReviewOrder.OLDEST_FIRST;
            default -> throw new ContentParseException(fm.file(), fm.lineOf("review_order"),
                    "'review_order' must be fewest-first or oldest-first");
        };
    }

    private static LessonDetails.NobodyWaits nobodyWaits(YamlNode fm) {
        var defaults = LessonDetails.NobodyWaits.DEFAULTS;
        int escalate = fm.intValue("escalate_after_days", defaults.escalateAfterDays(), 0, 365);
        int within = fm.intValue("feedback_within_days", defaults.feedbackWithinDays(), 1, 365);
        if (escalate > 0 && escalate >= within) {
            throw new ContentParseException(fm.file(), fm.lineOf("escalate_after_days"), "'escalate_after_days' ("
                    + escalate + ") must be less than 'feedback_within_days' (" + within + "), or 0 for no escalation");
        }
        return new LessonDetails.NobodyWaits(fm.bool("bonus_reviews", defaults.bonusReviews()), escalate, within,
                fm.intValue("shared_pool_below", defaults.sharedPoolBelow(), 0, 100_000),
                fm.intValue("reminders", defaults.reminders(), 0, 10),
                fm.intValue("remind_every_days", defaults.remindEveryDays(), 1, 60));
    }

    private static LocalDateTime dateTime(YamlNode fm, String key) {
        String value = fm.requireText(key);
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ContentParseException(fm.file(), fm.lineOf(key),
                    "'" + key + "' must be a date and time like 2027-09-02T09:00, not '" + value + "'");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
