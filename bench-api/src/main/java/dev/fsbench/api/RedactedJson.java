package dev.fsbench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Redacts the files an engine writes about itself (ready.json, engine-summary.json): an engine that reports the
 * settings it applied (Spark's pass-through keys, Flink's job configuration) may hold a credential the harness
 * gave it. Every object field whose name is a credential ({@link Credentials#isCredential}) gets
 * {@link Credentials#REDACTED}, at any depth; so does Flink's REST shape {@code {"key": <credential>, "value": ..}}.
 */
final class RedactedJson {

    private RedactedJson() {}

    /** Redacts {@code tree} in place and returns it. */
    static JsonNode redact(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            JsonNode key = object.get("key");
            boolean keyValueEntry = key != null && key.isTextual() && object.has("value");
            List<String> credentialFields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (Credentials.isCredential(field.getKey())) {
                    credentialFields.add(field.getKey());
                } else {
                    redact(field.getValue());
                }
            }
            credentialFields.forEach(name -> object.set(name, TextNode.valueOf(Credentials.REDACTED)));
            if (keyValueEntry && Credentials.isCredential(key.asText())) {
                object.set("value", TextNode.valueOf(Credentials.REDACTED));
            }
        } else if (tree instanceof ArrayNode array) {
            array.forEach(RedactedJson::redact);
        }
        return tree;
    }
}
