package fi.polku.accounts.internal;

import fi.polku.accounts.PersonalDataSink;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One module's part of an export: its JSON parts gathered into {@code <section>.json}, its files
 * streamed under {@code files/<section>/}. Entry names are UTF-8 (the ZIP's language flag is set),
 * so "Äidinkieli ja kirjallisuus.pdf" unpacks under that name.
 */
final class ZipSink implements PersonalDataSink {

    private final String section;
    private final ZipOutputStream zip;
    private final ObjectMapper json;
    private final Map<String, Object> parts = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    ZipSink(String section, ZipOutputStream zip, ObjectMapper json) {
        this.section = section;
        this.zip = zip;
        this.json = json;
    }

    @Override
    public void json(String name, Object content) {
        parts.put(name, plain(content));
    }

    @Override
    public void file(String path, byte[] bytes) {
        String name = "files/" + section + "/" + path.replace('\\', '/').replace("..", "_");
        write(name, bytes);
        files.add(name);
    }

    /** Writes the gathered JSON; the file list goes in too, so the JSON says where each upload is. */
    void finish() {
        if (!files.isEmpty()) {
            parts.put("files", List.copyOf(files));
        }
        write(section + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(parts));
    }

    private void write(String name, byte[] bytes) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Database rows come with upper-case column names on H2 and lower-case on PostgreSQL: one spelling. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k).toLowerCase(Locale.ROOT), v == null ? null : plain(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> v == null ? null : plain(v)).toList();
        }
        return value;
    }
}
