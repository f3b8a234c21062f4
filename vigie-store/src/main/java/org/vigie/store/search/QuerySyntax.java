package org.vigie.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query text into a small tree. The grammar, loosest first:
 * <pre>
 * query   := or
 * or      := and ("OR" and)*
 * and     := unary (["AND"] unary)*
 * unary   := ("-" | "+" | "NOT") primary | primary
 * primary := '"' phrase '"' | "(" or ")" | word
 * </pre>
 * Operators are upper-case; {@code and}, {@code or} in lower case are words. A {@code -} or {@code +} counts as an
 * operator only right before a word, phrase or parenthesis, so {@code Jean-Pierre} and {@code Paris - Berlin} are
 * words. Every other character belongs to a word and is left to the analyzers, so {@code title:x*} or
 * {@code <script>} are plain text here, never syntax.
 */
final class QuerySyntax {
    static final int MAX_TERMS = 64;
    static final int MAX_DEPTH = 16;

    sealed interface Node permits Word, Phrase, All, Any {
    }

    /** One word as typed; the analyzers may split it into several tokens (matched as a phrase) or none. */
    record Word(String text) implements Node {
    }

    record Phrase(String text) implements Node {
    }

    /** Every {@code required} node matches and no {@code excluded} node does. */
    record All(List<Node> required, List<Node> excluded) implements Node {
    }

    /** At least one option matches. */
    record Any(List<Node> options) implements Node {
    }

    private final String text;
    private int pos;
    private int depth;
    private int terms;

    private QuerySyntax(String text) {
        this.text = text;
    }

    /** The tree of a non-blank query text. */
    static Node parse(String text) {
        QuerySyntax p = new QuerySyntax(text);
        Node n = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            // Only a closing parenthesis can stop the top level early.
            throw p.error("')' at position " + (p.pos + 1) + " has no matching '('");
        }
        return n;
    }

    private Node or() {
        List<Node> options = new ArrayList<>();
        options.add(and());
        while (nextIsOperator("OR")) {
            int at = pos;
            pos += 2;
            if (atEndOfGroup()) throw error("OR at position " + (at + 1) + " has nothing after it");
            options.add(and());
        }
        return options.size() == 1 ? options.get(0) : new Any(options);
    }

    private Node and() {
        List<Node> required = new ArrayList<>();
        List<Node> excluded = new ArrayList<>();
        boolean first = true;
        while (true) {
            skipSpace();
            if (atEndOfGroup() || nextIsOperator("OR")) break;
            if (nextIsOperator("AND")) {
                int at = pos;
                if (first) throw error("AND at position " + (at + 1) + " has nothing before it");
                pos += 3;
                skipSpace();
                if (atEndOfGroup() || nextIsOperator("OR") || nextIsOperator("AND")) {
                    throw error("AND at position " + (at + 1) + " has nothing after it");
                }
                continue;
            }
            boolean exclude = false;
            char c = text.charAt(pos);
            if ((c == '-' || c == '+') && pos + 1 < text.length() && startsOperand(text.charAt(pos + 1))) {
                exclude = c == '-';
                pos++;
            } else if (nextIsOperator("NOT")) {
                int at = pos;
                pos += 3;
                skipSpace();
                if (atEndOfGroup() || nextIsOperator("OR") || nextIsOperator("AND")) {
                    throw error("NOT at position " + (at + 1) + " has nothing after it");
                }
                exclude = true;
            }
            (exclude ? excluded : required).add(primary());
            first = false;
        }
        if (first) {
            if (pos < text.length() && text.charAt(pos) == ')') throw error("the parentheses before position " + (pos + 1) + " are empty");
            throw error(pos >= text.length() ? "the query ends where a word was expected" : "OR at position " + (pos + 1)
                    + " has nothing before it");
        }
        if (excluded.isEmpty() && required.size() == 1) return required.get(0);
        return new All(required, excluded);
    }

    private Node primary() {
        char c = text.charAt(pos);
        if (c == '"') {
            int close = text.indexOf('"', pos + 1);
            if (close < 0) throw error("the quote at position " + (pos + 1) + " is not closed");
            String phrase = text.substring(pos + 1, close);
            pos = close + 1;
            countTerm();
            return new Phrase(phrase);
        }
        if (c == '(') {
            int open = pos;
            if (++depth > MAX_DEPTH) throw error("parentheses are nested more than " + MAX_DEPTH + " deep");
            pos++;
            Node inner = or();
            skipSpace();
            if (pos >= text.length()) throw error("the '(' at position " + (open + 1) + " is not closed");
            pos++;
            depth--;
            return inner;
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "()\"".indexOf(text.charAt(pos)) < 0) pos++;
        countTerm();
        return new Word(text.substring(start, pos));
    }

    private void countTerm() {
        if (++terms > MAX_TERMS) throw error("the query has more than " + MAX_TERMS + " words and phrases");
    }

    private static boolean startsOperand(char c) {
        return !Character.isWhitespace(c) && c != ')';
    }

    private boolean atEndOfGroup() {
        skipSpace();
        return pos >= text.length() || text.charAt(pos) == ')';
    }

    private boolean nextIsOperator(String op) {
        skipSpace();
        if (!text.startsWith(op, pos)) return false;
        int after = pos + op.length();
        return after == text.length() || Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '('
                || text.charAt(after) == '"';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private SearchQueryException error(String what) {
        return new SearchQueryException("cannot read the query: " + what
                + ". Use words, \"exact phrases\", OR, AND, -word to exclude, and balanced parentheses.");
    }
}
