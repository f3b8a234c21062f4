package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.*;

/** Matches a language's role patterns on a sentence: the words of a role phrase are kept from name detection, its demonym or country is not. */
final class Roles {
    private Roles() {
    }

    static void match(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, List<Token> tokens,
                      boolean[] blocked, List<RoleHit> out) {
        match(lex.roles, lex, kb, t, k, tokens, blocked, out, false);
    }

    /** Organisation names built on a demonym: returned as token ranges [start, end), not blocked. */
    static List<int[]> organisations(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, List<Token> tokens) {
        List<RoleHit> hits = new ArrayList<>();
        match(lex.orgPatterns, lex, kb, t, k, tokens, new boolean[k.size()], hits, true);
        List<int[]> out = new ArrayList<>();
        for (RoleHit h : hits) {
            int a = -1, b = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == h.span().start()) a = i;
                if (tokens.get(i).end() == h.span().end()) b = i + 1;
            }
            if (a >= 0 && b > a) out.add(new int[]{a, b});
        }
        return out;
    }

    private static void match(List<EntityLexicon.RolePattern> patterns, EntityLexicon lex, KnowledgeBase kb, List<String> t,
                              List<String> k, List<Token> tokens, boolean[] blocked, List<RoleHit> out, boolean keepAll) {
        Map<String, String> demonymKeys = lex.demonymKeys;
        int n = k.size();
        int i = 0;
        while (i < n) {
            int bestEnd = -1;
            String bestOf = null;
            EntityLexicon.RolePattern best = null;
            List<Integer> bestPlaceholders = List.of();
            for (EntityLexicon.RolePattern p : lex.rolesStartingWith(patterns, k.get(i))) {
                int j = i;
                String of = p.of().isEmpty() ? null : p.of();
                List<Integer> placeholders = new ArrayList<>();
                boolean ok = true;
                for (EntityLexicon.RoleElement e : p.elements()) {
                    if (j >= n) {
                        ok = false;
                        break;
                    }
                    if (e.word() != null) {
                        if (!e.word().equals(k.get(j))) {
                            ok = false;
                            break;
                        }
                        // a demonym written out in the phrase ("German chancellor") is still a mention of its state
                        if (demonymKeys.containsKey(k.get(j))) placeholders.add(j);
                        j++;
                    } else if (e.demonym()) {
                        String c = demonymKeys.get(k.get(j));
                        if (c == null && !(lex.looksLikeDemonym(k.get(j)) && Character.isLowerCase(t.get(j).charAt(0)))) {
                            ok = false;
                            break;
                        }
                        if (of == null) of = c;
                        placeholders.add(j);
                        j++;
                    } else {
                        String c = country(kb, t.get(j));
                        if (c == null || !CapitalisedNameTagger.isCap(t.get(j))) {
                            ok = false;
                            break;
                        }
                        if (of == null) of = c;
                        placeholders.add(j);
                        j++;
                    }
                }
                if (ok && j > bestEnd) {
                    bestEnd = j;
                    bestOf = of;
                    best = p;
                    bestPlaceholders = placeholders;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (keepAll || !best.role().equals("-")) {
                out.add(new RoleHit(new Span(tokens.get(i).start(), tokens.get(bestEnd - 1).end()), best.role(), bestOf,
                        formerBefore(lex, k, i)));
            }
            for (int j = i; j < bestEnd; j++) if (!bestPlaceholders.contains(j)) blocked[j] = true;
            i = bestEnd;
        }
    }

    /** Whether the word before token {@code i} ("former", "l'ancien", "ex-") makes the role a past one. */
    private static boolean formerBefore(EntityLexicon lex, List<String> k, int i) {
        int j = i - 1;
        if (j >= 0 && k.get(j).equals("-")) j--;
        return j >= 0 && lex.formerWords.contains(k.get(j));
    }

    private static String country(KnowledgeBase kb, String word) {
        for (KbEntry e : kb.lookup(word)) if ("country".equals(e.kind()) && e.type() == EntityType.GPE) return e.id();
        return null;
    }
}
