package dev.ide.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.tool.ToolCall;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActionParserTest {

    private final ActionParser parser = new ActionParser();

    static Stream<Arguments> realistic_model_outputs() {
        return Stream.of(
                // pure JSON
                Arguments.of("pure direct", "{\"action\": \"direct\", \"response\": \"안녕하세요!\"}",
                        new Action.Direct("안녕하세요!")),
                Arguments.of("pure route", "{\"action\":\"route\",\"response\":\"\",\"prompt\":\"양자역학을 쉽게 설명\"}",
                        new Action.Route("양자역학을 쉽게 설명", "")),
                Arguments.of("pure clarify", "{\"action\":\"clarify\",\"response\":\"어떤 회의를 말씀하시는 건가요?\"}",
                        new Action.Clarify("어떤 회의를 말씀하시는 건가요?")),
                Arguments.of("pure tools", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\",\"params\":{}}",
                        tool("calendar", "today", Map.of())),
                // code fences
                Arguments.of("json fence", "```json\n{\"action\":\"direct\",\"response\":\"네!\"}\n```",
                        new Action.Direct("네!")),
                Arguments.of("bare fence", "```\n{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"search\",\"params\":{\"query\":\"\",\"days\":7}}\n```",
                        tool("email", "search", Map.of("query", "", "days", 7L))),
                // prose around
                Arguments.of("prose before", "다음과 같이 응답합니다: {\"action\":\"direct\",\"response\":\"반가워요\"}",
                        new Action.Direct("반가워요")),
                Arguments.of("prose after", "{\"action\":\"direct\",\"response\":\"반가워요\"}\n위와 같이 판단했습니다.",
                        new Action.Direct("반가워요")),
                Arguments.of("prose both sides", "분석 결과:\n{\"action\":\"route\",\"prompt\":\"파이썬 데코레이터 설명\"}\n이상입니다.",
                        new Action.Route("파이썬 데코레이터 설명", "")),
                // two objects: the first valid wins
                Arguments.of("two objects", "{\"action\":\"direct\",\"response\":\"첫째\"} {\"action\":\"direct\",\"response\":\"둘째\"}",
                        new Action.Direct("첫째")),
                Arguments.of("invalid then valid", "{\"thinking\": \"...\"}\n{\"action\":\"clarify\",\"response\":\"언제요?\"}",
                        new Action.Clarify("언제요?")),
                // lenient syntax
                Arguments.of("trailing comma", "{\"action\":\"direct\",\"response\":\"좋아요\",}",
                        new Action.Direct("좋아요")),
                Arguments.of("single quotes", "{'action': 'direct', 'response': '좋은 아침이에요'}",
                        new Action.Direct("좋은 아침이에요")),
                Arguments.of("unquoted keys", "{action: \"direct\", response: \"안녕\"}",
                        new Action.Direct("안녕")),
                // wrong case
                Arguments.of("wrong-case keys", "{\"Action\":\"direct\",\"Response\":\"안녕하세요\"}",
                        new Action.Direct("안녕하세요")),
                Arguments.of("wrong-case action", "{\"action\":\"DIRECT\",\"response\":\"네\"}",
                        new Action.Direct("네")),
                Arguments.of("wrong-case tool and operation", "{\"action\":\"Tools\",\"tool\":\"Calendar\",\"operation\":\"Today\"}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("singular tool", "{\"action\":\"tool\",\"tool\":\"document\",\"operation\":\"search\",\"params\":{\"query\":\"회의록\"}}",
                        tool("document", "search", Map.of("query", "회의록"))),
                // calendar.today() style operations
                Arguments.of("dotted call as operation", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"calendar.today()\"}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("dotted call without tool", "{\"action\":\"tools\",\"operation\":\"calendar.today()\",\"params\":{}}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("dotted call in tool field", "{\"action\":\"tools\",\"tool\":\"email.search\",\"params\":{\"query\":\"견적\"}}",
                        tool("email", "search", Map.of("query", "견적"))),
                Arguments.of("positional arguments", "{\"action\":\"tools\",\"operation\":\"calendar.search(\\\"2026-12-01\\\", \\\"2026-12-07\\\")\"}",
                        tool("calendar", "search", Map.of("date_from", "2026-12-01", "date_to", "2026-12-07"))),
                Arguments.of("call as action", "{\"action\":\"calendar.today()\"}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("keyword argument", "{\"action\":\"tools\",\"operation\":\"email.search(query='', days=3)\"}",
                        tool("email", "search", Map.of("days", "3"))),
                // missing params
                Arguments.of("missing params", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("params as a string", "{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"read\",\"params\":\"{\\\"uid\\\": 42}\"}",
                        tool("email", "read", Map.of("uid", 42L))),
                Arguments.of("null param dropped", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":{\"title\":\"회의\",\"date\":\"2026-12-03\",\"time\":\"15:00\",\"end_time\":null}}",
                        tool("calendar", "create_draft", Map.of("title", "회의", "date", "2026-12-03", "time", "15:00"))),
                Arguments.of("korean tool name", "{\"action\":\"tools\",\"tool\":\"메일\",\"operation\":\"search\",\"params\":{\"query\":\"\"}}",
                        tool("email", "search", Map.of("query", ""))),
                Arguments.of("unknown tool kept for refusal", "{\"action\":\"tools\",\"tool\":\"weather\",\"operation\":\"today\"}",
                        tool("weather", "today", Map.of())),
                Arguments.of("mail send kept for refusal", "{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"send\",\"params\":{\"to\":\"a@b.c\"}}",
                        tool("email", "send", Map.of("to", "a@b.c"))),
                Arguments.of("action missing but tool given", "{\"tool\":\"calendar\",\"operation\":\"today\"}",
                        tool("calendar", "today", Map.of())),
                Arguments.of("route without prompt", "{\"action\":\"route\"}",
                        new Action.Route("", "")),
                // truncated JSON is repaired
                Arguments.of("truncated tools", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"search\",\"params\":{\"date_from\":\"2026-12-01\",\"date_to\":\"2026-12-07\"",
                        tool("calendar", "search", Map.of("date_from", "2026-12-01", "date_to", "2026-12-07"))),
                Arguments.of("truncated inside a string", "{\"action\":\"route\",\"prompt\":\"상대성 이론",
                        new Action.Route("상대성 이론", "")),
                Arguments.of("comment inside", "{\"action\":\"direct\", // friendly\n \"response\":\"안녕!\"}",
                        new Action.Direct("안녕!")),
                Arguments.of("newline inside string", "{\"action\":\"direct\",\"response\":\"첫 줄\n둘째 줄\"}",
                        new Action.Direct("첫 줄\n둘째 줄")));
    }

    static Stream<Arguments> unreadable_model_outputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace", "   \n\t "),
                Arguments.of("prose only", "안녕하세요! 무엇을 도와드릴까요?"),
                Arguments.of("english prose", "Sure, I can help you with that."),
                Arguments.of("unknown action", "{\"action\":\"dance\",\"response\":\"춤\"}"),
                Arguments.of("direct without response", "{\"action\":\"direct\"}"),
                Arguments.of("direct with JSON as response", "{\"action\":\"direct\",\"response\":\"{\\\"action\\\":\\\"direct\\\"}\"}"),
                Arguments.of("array", "[{\"action\":\"direct\"}]"),
                Arguments.of("tools without operation", "{\"action\":\"tools\",\"params\":{}}"),
                Arguments.of("just a brace", "{"),
                Arguments.of("garbage", "}}}{{{::,,\"\"''"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realistic_model_outputs")
    void reads_the_action_a_small_model_meant(String name, String output, Action expected) {
        assertThat(parser.parse(output)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable_model_outputs")
    void gives_up_on_output_that_holds_no_action(String name, String output) {
        assertThat(parser.parse(output)).isEqualTo(Optional.empty());
    }

    private static Action tool(String tool, String operation, Map<String, Object> params) {
        return new Action.UseTool(new ToolCall(tool, operation, params));
    }
}
