/**
 * The paper's analytic references, computed in code (closed forms, numerical integrals, root
 * finding with Commons Math), never typed in as numbers. Each class names the equations it
 * implements; validation holds a Monte Carlo measurement beside one of these values.
 *
 * <h2>Conventions of Section 4 (assumptions and guarantees)</h2>
 * <ol>
 *   <li>Energies are x = (E - E_F)/kT. The Fermi-Dirac filling of one place is
 *       f(x) = 1/(1 + e^x) (Eq. 8) and of a hole 1 - f(x) (Eq. 9).</li>
 *   <li>The F functions are normalised per <em>place</em>, as MODEL.md section 5 fixes:
 *       F_k = n_k / (2 n_states) for the states of one energy, k in {SPIN, FULL, EMPTY}. Then
 *       F_electrons = F_spin + 2 F_full and F_holes = F_spin + 2 F_empty (Eq. 10) hold as counts
 *       of places (each SPIN state has one electron and one hole), and
 *       F_spin + F_full + F_empty = 1/2. The fraction of <em>states</em> of kind k is
 *       P(k) = 2 F_k.</li>
 *   <li>A rate constant c is the mean probability that a SPIN + SPIN encounter ends as
 *       FULL + EMPTY (for the paper's Eq. 15, c = 0.1916). The balance of Eq. 16-17 is
 *       c F_spin^2 = 2 F_full F_empty, in F units or, identically, c P(SPIN)^2 = 2 P(FULL) P(EMPTY)
 *       in state fractions (both sides scale by 4).</li>
 *   <li>The density of states D(E) counts places (both spin orientations), as in
 *       n_electrons = integral of D f dE; so n_spin = integral of D(E) F_spin(E) dE (Eq. 20), and
 *       a cell of width dx holding n_states states has D(E) kT dx = 2 n_states.</li>
 * </ol>
 */
package spinsim.core.analytic;
