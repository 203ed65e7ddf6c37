package io.github.tiqu.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of mentions, shared by the CLI, the gold loader and the scorer, with the fields always in
 * the contract's order so that output is byte-for-byte deterministic.
 */
public final class Json {

    /** One mapper for the library; Jackson's ObjectMapper is thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode write(MentionRecord m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", m.type());
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        putIfPresent(o, "value", m.value());
        putIfPresent(o, "value_max", m.valueMax());
        putIfPresent(o, "unit", m.unit());
        putIfPresent(o, "measure", m.measure());
        putIfPresent(o, "mod", m.mod());
        putIfPresent(o, "kind", m.kind());
        return o;
    }

    public static ArrayNode write(List<MentionRecord> mentions) {
        ArrayNode a = MAPPER.createArrayNode();
        for (MentionRecord m : mentions) {
            a.add(write(m));
        }
        return a;
    }

    private static void putIfPresent(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    /** Reads a mention object; {@code where} names it in error messages. */
    public static MentionRecord readMention(JsonNode o, String where) {
        if (!o.isObject()) {
            throw new IllegalArgumentException(where + ": a mention is an object");
        }
        JsonNode start = o.get("start");
        JsonNode end = o.get("end");
        if (start == null || !start.canConvertToInt() || end == null || !end.canConvertToInt()) {
            throw new IllegalArgumentException(where + ": a mention needs integer start and end");
        }
        String type = text(o, "type");
        if (type == null) {
            throw new IllegalArgumentException(where + ": a mention needs a type");
        }
        return new MentionRecord(type, text(o, "text"), start.asInt(), end.asInt(), text(o, "value"),
                text(o, "value_max"), text(o, "unit"), text(o, "measure"), text(o, "mod"), text(o, "kind"));
    }

    public static List<MentionRecord> readMentions(JsonNode array, String where) {
        List<MentionRecord> out = new ArrayList<>();
        if (array == null || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(where + ": mentions are an array");
        }
        int i = 0;
        for (JsonNode m : array) {
            out.add(readMention(m, where + " mention " + i++));
        }
        return out;
    }

    /** What to do with one line of a JSON Lines file: its text and its 1-based number. */
    @FunctionalInterface
    public interface LineAction {
        void accept(String line, int number);
    }

    /** Calls {@code action} with every non-blank line of {@code reader}, in order. */
    public static void forEachLine(Reader reader, LineAction action) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                action.accept(line, n);
            }
        }
    }

    /** A field as a string (numbers in their JSON text), or null when absent or null. */
    public static String text(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }
}
