/**
 * The spinsim engine: a particle-level Monte Carlo of the microscopic rules of V. Zayets,
 * J. Magn. Magn. Mater. (2013), "Spin rotation after a spin-independent scattering".
 *
 * <h2>Conventions (assumptions and guarantees)</h2>
 * <ol>
 *   <li>Time is in scattering times t_sc: in one unit every state takes part in one scattering
 *       on average.</li>
 *   <li>States live in a struct-of-arrays {@link spinsim.core.state.StateStore}: one byte of kind
 *       and three floats of Bloch vector per state (13 bytes). No object per electron.</li>
 *   <li>Kernels are static methods over a {@code [from, to)} index range with their
 *       {@link java.util.SplittableRandom} passed in; a rule or pairing is chosen once per block,
 *       never by a virtual call per pair.</li>
 *   <li>Every (step, block) derives its own generator from (seed, step, block) with
 *       {@link spinsim.core.engine.RandomStreams}, and reductions run in block order: results are
 *       bit-identical for any number of threads.</li>
 *   <li>This module opens no files and prints nothing.</li>
 * </ol>
 */
package spinsim.core;
