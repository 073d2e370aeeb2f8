package fi.polku.accounts;

/** Where a module writes its part of a person's data export. */
public interface PersonalDataSink {

    /** Writes {@code content} (records, maps, lists) as the JSON file {@code <section>.json}, or a named part of it. */
    void json(String name, Object content);

    /** Adds an uploaded file under {@code files/}; the path keeps the original name. */
    void file(String path, byte[] bytes);
}
