/**
 * A small multinomial naive Bayes over binary term presence ("binarised" NB, which suits short
 * chat messages). Training is deterministic: the same examples give the same model.
 */

/** One training document: its terms (duplicates are ignored) and its label. */
export interface NaiveBayesExample<Label extends string> {
  terms: readonly string[];
  label: Label;
}

/** A trained model. Plain data, so it can be built once at start-up and shared. */
export interface NaiveBayesModel<Label extends string> {
  labels: readonly Label[];
  logPrior: ReadonlyMap<Label, number>;
  /** log P(term | label) for every term seen in training. */
  logLikelihood: ReadonlyMap<Label, ReadonlyMap<string, number>>;
  /** log P(unseen-in-label term | label), the smoothing floor. */
  logUnseen: ReadonlyMap<Label, number>;
  vocabulary: ReadonlySet<string>;
}

/**
 * Trains the model. `alpha` is additive smoothing; `uniformPrior` ignores class frequencies
 * (our labelled set is balanced by design, not by real traffic).
 */
export function trainNaiveBayes<Label extends string>(
  labels: readonly Label[],
  examples: readonly NaiveBayesExample<Label>[],
  options: { alpha: number; uniformPrior: boolean },
): NaiveBayesModel<Label> {
  const vocabulary = new Set(examples.flatMap((example) => [...new Set(example.terms)]));
  const logPrior = new Map<Label, number>();
  const logLikelihood = new Map<Label, Map<string, number>>();
  const logUnseen = new Map<Label, number>();
  for (const label of labels) {
    const documents = examples.filter((example) => example.label === label);
    const counts = new Map<string, number>();
    let total = 0;
    for (const document of documents) {
      for (const term of new Set(document.terms)) {
        counts.set(term, (counts.get(term) ?? 0) + 1);
        total += 1;
      }
    }
    const denominator = total + options.alpha * vocabulary.size;
    const likelihood = new Map<string, number>();
    for (const [term, count] of counts) likelihood.set(term, Math.log((count + options.alpha) / denominator));
    logLikelihood.set(label, likelihood);
    logUnseen.set(label, Math.log(options.alpha / denominator));
    const prior = options.uniformPrior ? 1 / labels.length : (documents.length + 1) / (examples.length + labels.length);
    logPrior.set(label, Math.log(prior));
  }
  return { labels, logPrior, logLikelihood, logUnseen, vocabulary };
}

/** Unnormalised log P(label) + Σ log P(term | label) over the known terms of a document. */
export function scoreNaiveBayes<Label extends string>(model: NaiveBayesModel<Label>, terms: readonly string[]): Map<Label, number> {
  const known = [...new Set(terms)].filter((term) => model.vocabulary.has(term));
  const scores = new Map<Label, number>();
  for (const label of model.labels) {
    const likelihood = model.logLikelihood.get(label);
    const unseen = model.logUnseen.get(label) ?? 0;
    let score = model.logPrior.get(label) ?? 0;
    for (const term of known) score += likelihood?.get(term) ?? unseen;
    scores.set(label, score);
  }
  return scores;
}

/**
 * The terms that most favour `label` over the average of the other labels, strongest first —
 * used to explain a decision to officers.
 */
export function topEvidence<Label extends string>(
  model: NaiveBayesModel<Label>,
  terms: readonly string[],
  label: Label,
  count: number,
): string[] {
  const others = model.labels.filter((other) => other !== label);
  const weightOf = (term: string, of: Label) => model.logLikelihood.get(of)?.get(term) ?? model.logUnseen.get(of) ?? 0;
  return [...new Set(terms)]
    .filter((term) => model.logLikelihood.get(label)?.has(term))
    .map((term) => ({
      term,
      lift: weightOf(term, label) - others.reduce((sum, other) => sum + weightOf(term, other), 0) / Math.max(1, others.length),
    }))
    .filter((entry) => entry.lift > 0)
    .sort((left, right) => right.lift - left.lift || left.term.localeCompare(right.term))
    .slice(0, count)
    .map((entry) => entry.term);
}
