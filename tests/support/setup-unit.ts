import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// testTimeout in a jest *project* config is ignored (it is a global option), so the unit
// project's 15 s is set here, per test file. The editor's tests type into a whole form with
// user-event: ≈ 1–4 s each alone, more on a busy 2-core CI machine — jest's 5 s default and
// testing-library's 1 s wait for findBy… failed them on load, not on behaviour (CI run of
// 2026-12-07: two editor tests timed out, an option "not found" after 1 s).
jest.setTimeout(15_000);
configure({ asyncUtilTimeout: 5_000 });
