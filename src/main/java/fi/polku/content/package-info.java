/**
 * Courses as files: loads {@code content/} (course.yml and one Markdown lesson a file), validates it
 * with file:line problems, renders lessons to safe HTML and picks the learner's language.
 */
@NullMarked
@ApplicationModule(displayName = "Content")
package fi.polku.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
