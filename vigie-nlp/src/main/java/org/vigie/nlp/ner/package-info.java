/**
 * Statistical named-entity tagging: {@link org.vigie.nlp.ner.NerTagger} finds PER, ORG, LOC and MISC names
 * in a sentence with a {@link org.vigie.nlp.ner.NerModel} (shipped per language under
 * {@code org/vigie/nlp/lang/<code>/ner/}, each folder with a {@code MODEL.md} giving its data and licence);
 * {@link org.vigie.nlp.ner.NerTrainer} trains one from CoNLL-2003, WikiNEuRal or HIPE files read by
 * {@link org.vigie.nlp.ner.NerCorpus}; a {@link org.vigie.nlp.ner.Gazetteer} of the training names and the knowledge
 * base's names add known names as features. {@link org.vigie.nlp.ner.StatisticalNameTagger} hands the names to the
 * entity annotator (in the default pipeline as a gap filler after the knowledge base and the rules).
 * The entity annotator turns tagged names into mentions and entities; this package knows nothing of them.
 */
package org.vigie.nlp.ner;
