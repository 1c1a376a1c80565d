/** act info names each function in PyTorch, JAX and Keras, and says where act differs (issue 22). */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { describeSpec } from '../../src/info/describe.js';
import { infoText } from '../../src/info/info-text.js';
import { parseSpec } from '../../src/spec/parse.js';
import { act } from '../helpers/cli.js';

const PREFIX: Record<'pytorch' | 'jax' | 'keras', RegExp> = { pytorch: /^(torch\.|F\.)/, jax: /^jax\./, keras: /^keras\./ };

describe('frameworks in the declarations', () => {
  it("every declaration names the frameworks' forms in their own namespaces", () => {
    for (const a of activations) {
      for (const key of ['pytorch', 'jax', 'keras'] as const) {
        for (const name of a.frameworks[key]) expect(name, `${a.name} ${key}`).toMatch(PREFIX[key]);
      }
      // a function no framework has says where it comes from, or is one of act's own extras
      const named = a.frameworks.pytorch.length + a.frameworks.jax.length + a.frameworks.keras.length;
      if (named === 0) expect(['quick_gelu', 'relu2', 'bent_identity', 'gaussian'], a.name).toContain(a.name);
      for (const d of a.frameworks.differences) expect(d, a.name).toMatch(/\.$/);
    }
  });

  it('documents the differences the issue lists', () => {
    const differences = (name: string) => activations.find((a) => a.name === name)!.frameworks.differences.join(' ');
    expect(differences('prelu')).toContain('0.25');
    expect(differences('softplus')).toContain('threshold 20');
    expect(differences('hardswish')).toContain("f'(3) = 1.5");
    expect(differences('softmax')).toMatch(/\+∞.*NaN/);
    expect(differences('relu')).toMatch(/NaN.*1 there/);
    for (const name of ['gelu', 'gelu_tanh', 'swish', 'mish']) expect(differences(name), name).toContain('-∞·0');
    for (const name of ['softmax', 'softmin', 'log_softmax']) expect(differences(name), name).toMatch(/diagonal of the Jacobian.*backward/);
  });

  it('act info shows them, and the parameter aliases', () => {
    const text = infoText(describeSpec(parseSpec('leaky_relu')));
    expect(text).toMatch(/^PyTorch {10}torch\.nn\.LeakyReLU\(negative_slope=0\.01\), F\.leaky_relu$/m);
    expect(text).toMatch(/^JAX {14}jax\.nn\.leaky_relu/m);
    expect(text).toMatch(/also\s+negative_slope/);
    const r = act(['info', 'prelu', '--no-chart']);
    expect(r.stdout).toMatch(/^differences {6}The default slope here is 0\.1; PyTorch initialises its learned$/m);
    expect(r.stdout).toContain('slope to 0.25');
    const gelu = JSON.parse(act(['info', 'gelu', '--format', 'json']).stdout);
    expect(gelu.frameworks.pytorch).toEqual(['torch.nn.GELU()', "F.gelu(x, approximate='none')"]);
    expect(gelu.choices).toEqual({ approximate: { none: 'gelu', tanh: 'gelu_tanh' } });
    expect(act(['info', 'gelu', '--format', 'md', '--no-chart']).stdout).toContain('| PyTorch | torch.nn.GELU(), F.gelu(x, approximate=\'none\') |');
    expect(act(['info', 'x*sigmoid(x)', '--no-chart']).stdout).not.toContain('PyTorch ');
  });
});
