import { describe, expect, it } from "vitest";
import { assessDanger } from "../../../core/understanding/assess-danger.ts";
import { defaultFoldedRootDisambiguator } from "../../../core/understanding/default-classifier.ts";
import { ambiguousFoldedRoots, fitFoldedRootDisambiguator } from "../../../core/understanding/folded-root-disambiguator.ts";

describe("fitFoldedRootDisambiguator", () => {
  it("derives the ambiguous roots from the danger families, not from a list of its own", () => {
    const roots = ambiguousFoldedRoots();
    expect([...(roots.get("chay") ?? [])]).toEqual(["cháy"]);
    expect([...(roots.get("lua") ?? [])]).toEqual(["lửa"]);
    // The family lists folded "cuop" itself: not ambiguous.
    expect(roots.has("cuop")).toBe(false);
  });

  it("reads folded 'chay' as burning beside a place, as running after a verb of motion", () => {
    const disambiguator = defaultFoldedRootDisambiguator();
    expect(disambiguator.dangerousRoots("xuong go chay lon, khoi den kin troi").has("cháy")).toBe(true);
    expect(disambiguator.dangerousRoots("tui no bo chay ve huong cho").has("cháy")).toBe(false);
  });

  it("never reads text typed with diacritics (the written word decides there)", () => {
    const disambiguator = defaultFoldedRootDisambiguator();
    const calls: string[] = [];
    const assessment = assessDanger("Tôi chạy ra đầu ngõ đón con", (text) => {
      calls.push(text);
      return disambiguator.dangerousRoots(text);
    });
    expect(calls).toEqual([]);
    expect(assessment.families).toEqual([]);
  });

  it("is deterministic and learns nothing from messages typed without diacritics", () => {
    const written = [{ text: "Nhà bên cạnh đang cháy to" }, { text: "Nó chạy ra ngõ rồi" }];
    const first = fitFoldedRootDisambiguator([...written, { text: "nha ben canh dang chay to" }]);
    const second = fitFoldedRootDisambiguator(written);
    for (const text of ["nha ben chay", "no chay ra ngo"]) expect([...first.dangerousRoots(text)]).toEqual([...second.dangerousRoots(text)]);
  });
});
