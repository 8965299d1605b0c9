package dev.ide.core.classify;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ide.core.tool.ToolCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the classifier's answer into an {@link Action}. Small models wrap the JSON in code fences and prose, use
 * single quotes, trailing commas and wrong case, write {@code "calendar.today()"} as an operation or forget
 * {@code params}, and get cut off. All of that is accepted; what cannot be read is {@link Optional#empty()} and
 * never reaches the user.
 */
public final class ActionParser {

    /** Lenient JSON: immutable configuration, safe to share. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*");
    private static final Pattern OPERATION_EXPRESSION =
            Pattern.compile("^\\s*(?:([\\p{L}_]+)\\s*\\.)?\\s*([\\p{L}_]+)\\s*(?:\\((.*)\\))?\\s*;?\\s*$", Pattern.DOTALL);

    /** Positional parameter names per operation, for {@code calendar.search("2026-01-01", "2026-01-07")}. */
    private static final Map<String, List<String>> SIGNATURES = Map.of(
            "calendar.search", List.of("date_from", "date_to"),
            "calendar.create_draft", List.of("title", "date", "time", "end_time", "description"),
            "email.search", List.of("query", "days"),
            "email.read", List.of("uid"),
            "document.search", List.of("query"),
            "document.read", List.of("doc_id"));

    private static final Map<String, String> ACTION_NAMES = Map.ofEntries(
            Map.entry("direct", "direct"), Map.entry("answer", "direct"), Map.entry("reply", "direct"),
            Map.entry("respond", "direct"), Map.entry("response", "direct"), Map.entry("chat", "direct"),
            Map.entry("clarify", "clarify"), Map.entry("ask", "clarify"), Map.entry("question", "clarify"),
            Map.entry("route", "route"), Map.entry("reason", "route"), Map.entry("reasoner", "route"),
            Map.entry("tools", "tools"), Map.entry("tool", "tools"), Map.entry("tool_call", "tools"),
            Map.entry("use_tool", "tools"), Map.entry("function", "tools"));

    private static final Map<String, String> TOOL_NAMES = Map.ofEntries(
            Map.entry("calendar", "calendar"), Map.entry("calender", "calendar"), Map.entry("schedule", "calendar"),
            Map.entry("캘린더", "calendar"), Map.entry("일정", "calendar"),
            Map.entry("email", "email"), Map.entry("mail", "email"), Map.entry("e-mail", "email"),
            Map.entry("gmail", "email"), Map.entry("메일", "email"), Map.entry("이메일", "email"),
            Map.entry("document", "document"), Map.entry("documents", "document"), Map.entry("doc", "document"),
            Map.entry("docs", "document"), Map.entry("문서", "document"));

    /** The first valid action in the text, or empty. */
    public Optional<Action> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = FENCE.matcher(raw).replaceAll(" ");
        for (String candidate : objectCandidates(text)) {
            Optional<Action> action = readObject(candidate).flatMap(this::toAction);
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    /** Every top-level {...} in the text, in order; an unclosed last one is repaired. */
    static List<String> objectCandidates(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf('{', i);
            if (start < 0) {
                break;
            }
            int end = matchingBrace(text, start);
            if (end < 0) {
                out.add(repair(text.substring(start)));
                break;
            }
            out.add(text.substring(start, end + 1));
            i = end + 1;
        }
        return out;
    }

    private static int matchingBrace(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Closes what a cut-off answer left open: a string, then brackets in reverse order. */
    static String repair(String truncated) {
        Deque<Character> open = new ArrayDeque<>();
        char quote = 0;
        for (int i = 0; i < truncated.length(); i++) {
            char c = truncated.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                open.push(c);
            } else if ((c == '}' || c == ']') && !open.isEmpty()) {
                open.pop();
            }
        }
        StringBuilder fixed = new StringBuilder(truncated.stripTrailing());
        if (fixed.length() > 0 && fixed.charAt(fixed.length() - 1) == '\\') {
            fixed.setLength(fixed.length() - 1);
        }
        if (quote != 0) {
            fixed.append(quote);
        }
        String body = fixed.toString().stripTrailing();
        if (body.endsWith(":")) {
            fixed.append("null");
        }
        while (!open.isEmpty()) {
            fixed.append(open.pop() == '{' ? '}' : ']');
        }
        return fixed.toString();
    }

    private static Optional<JsonNode> readObject(String candidate) {
        try {
            JsonNode node = LENIENT.readTree(candidate);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<Action> toAction(JsonNode raw) {
        Map<String, JsonNode> fields = lowerCaseKeys(raw);
        String actionName = text(fields, "action", "type", "intent").toLowerCase(Locale.ROOT);
        String tool = text(fields, "tool", "tool_name");
        String operation = text(fields, "operation", "op", "function", "method", "name");
        JsonNode params = first(fields, "params", "parameters", "args", "arguments");

        String action = ACTION_NAMES.get(actionName);
        if (action == null && (actionName.contains(".") || actionName.contains("("))) {
            operation = actionName;
            action = "tools";
        }
        if (action == null && actionName.isEmpty()) {
            action = inferAction(fields, tool, operation);
        }
        if (action == null) {
            return Optional.empty();
        }
        return switch (action) {
            case "direct" -> answer(fields).map(Action.Direct::new);
            case "clarify" -> answer(fields).map(Action.Clarify::new);
            case "route" -> Optional.of(new Action.Route(text(fields, "prompt", "query", "question"),
                    text(fields, "response", "message")));
            default -> toolCall(tool, operation, params).map(Action.UseTool::new);
        };
    }

    private static String inferAction(Map<String, JsonNode> fields, String tool, String operation) {
        if (!tool.isEmpty() || !operation.isEmpty()) {
            return "tools";
        }
        if (!text(fields, "prompt").isEmpty()) {
            return "route";
        }
        if (!text(fields, "response", "message", "answer", "reply", "text").isEmpty()) {
            return "direct";
        }
        return null;
    }

    /** The reply text for direct/clarify: present, and not itself JSON. */
    private static Optional<String> answer(Map<String, JsonNode> fields) {
        String response = text(fields, "response", "message", "answer", "reply", "text");
        if (response.isBlank()) {
            return Optional.empty();
        }
        String trimmed = response.strip();
        if ((trimmed.startsWith("{") && trimmed.endsWith("}")) || trimmed.startsWith("```")) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    private static Optional<ToolCall> toolCall(String tool, String operation, JsonNode paramsNode) {
        String toolPart = tool;
        List<String> positional = List.of();
        String op = operation;
        // "calendar.today()" may sit in operation, or in tool with no operation.
        String expression = !op.isEmpty() ? op : toolPart;
        Matcher m = OPERATION_EXPRESSION.matcher(expression);
        if (m.matches()) {
            if (m.group(1) != null) {
                if (toolPart.isEmpty() || toolPart.equals(expression)) {
                    toolPart = m.group(1);
                }
                op = m.group(2);
            } else if (!op.isEmpty()) {
                op = m.group(2);
            }
            if (m.group(3) != null) {
                positional = splitArguments(m.group(3));
            }
        }
        String toolName = TOOL_NAMES.get(toolPart.toLowerCase(Locale.ROOT).trim());
        if (toolName == null) {
            // Keep an unknown tool name as it is: the dispatcher refuses it politely.
            toolName = toolPart.toLowerCase(Locale.ROOT).trim();
        }
        op = op.toLowerCase(Locale.ROOT).trim();
        if (toolName.isEmpty() || op.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>(readParams(paramsNode));
        List<String> names = SIGNATURES.getOrDefault(toolName + "." + op, List.of());
        for (int i = 0; i < positional.size() && i < names.size(); i++) {
            String value = positional.get(i);
            if (!value.isEmpty()) {
                params.putIfAbsent(names.get(i), value);
            }
        }
        return Optional.of(new ToolCall(toolName, op, params));
    }

    /** Splits {@code "a", 'b, c', 7} into its arguments, unquoted. */
    static List<String> splitArguments(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                out.add(stripKeyword(current.toString().trim()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank() || !out.isEmpty()) {
            out.add(stripKeyword(current.toString().trim()));
        }
        return out;
    }

    /** {@code days=7} written as a keyword argument keeps only the value. */
    private static String stripKeyword(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && arg.substring(0, eq).matches("\\s*[\\p{L}_]+\\s*") ? arg.substring(eq + 1).trim() : arg;
    }

    private static Map<String, Object> readParams(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (node.isTextual()) {
            return readObject(node.asText()).map(ActionParser::readParams).orElse(Map.of());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Object value;
            if (v.isNull() || v.isMissingNode()) {
                continue;
            } else if (v.isTextual()) {
                value = v.asText();
            } else if (v.isIntegralNumber()) {
                value = v.asLong();
            } else if (v.isNumber()) {
                value = v.asDouble();
            } else if (v.isBoolean()) {
                value = v.asBoolean();
            } else {
                value = v.toString();
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT).trim(), value);
        }
        return out;
    }

    private static Map<String, JsonNode> lowerCaseKeys(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT).trim(), e.getValue());
        }
        return out;
    }

    private static JsonNode first(Map<String, JsonNode> fields, String... names) {
        for (String name : names) {
            JsonNode node = fields.get(name);
            if (node != null && !node.isNull()) {
                return node;
            }
        }
        return null;
    }

    private static String text(Map<String, JsonNode> fields, String... names) {
        for (String name : names) {
            JsonNode node = fields.get(name);
            if (node != null && node.isValueNode() && !node.isNull()) {
                String value = node.asText().trim();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }
}
