package org.vigie.cli;

import org.vigie.nlp.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the project's statistical models.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("vigie: say what to train, e.g. 'vigie train ner --language en --out model/ eng.train'");
        return 1;
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train the NER tagger on CoNLL (IOB1), CoNLL-U-like (IOB2) or HIPE TSV files.",
                    "A suffix '#train' or '#heldout' on a file keeps the four fifths or the held-back fifth of its sentences.",
                    "The model folder can replace vigie-nlp's org/vigie/nlp/lang/<language>/ner/."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--language", required = true, description = "ISO 639-1 code of the training text, e.g. en or fr.")
        String language;

        @Option(names = "--out", required = true, description = "Folder to write the model to.")
        Path out;

        @Option(names = "--learner", defaultValue = "perceptron",
                description = "crf (linear-chain CRF, AdaGrad on the L2-penalised log-likelihood) or perceptron (averaged); default ${DEFAULT-VALUE}.")
        String learner;

        @Option(names = "--bags", description = "Models trained on differently shuffled data and averaged (default 3).")
        Integer bags;

        @Option(names = "--l2", description = "CRF only: L2 penalty over the training set (default 1.0).")
        Double l2;

        @Option(names = "--epochs", description = "Train this many epochs instead of the count early stopping chooses (the dev slice still "
                + "gives the score calibration at that epoch).")
        Integer epochs;

        @Option(names = "--actor-names", description = "Also learn from matches of the Phoenix actor-name list (people, organisations, "
                + "armed groups; vigie-nlp org/vigie/nlp/lang/multi/ner/actor-names.tsv), which the tagger then looks up too.")
        boolean actorNames;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Training files (CoNLL-2003, WikiNEuRal .conllu or HIPE TSV, "
                + "optionally FILE#train); prefixes: aux: an auxiliary corpus with features of its own, unscored: trained on but "
                + "kept out of the dev slice, text: words for the clusters only, N* a weight (CRF).")
        List<Path> files;

        @Override
        public Integer call() {
            NerTrainer.Options options;
            try {
                options = NerTrainer.Options.defaults().withLearner(NerTrainer.learner(learner));
            } catch (IllegalArgumentException e) {
                System.err.println("vigie: " + e.getMessage());
                return 2;
            }
            if (bags != null) options = options.withBags(bags);
            if (actorNames) options = options.withActorNames(true);
            if (l2 != null) options = options.withCrf(options.rate(), l2);
            return NerTrainer.run(language, files, out, options, epochs == null ? 0 : epochs,
                    new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
        }
    }
}
