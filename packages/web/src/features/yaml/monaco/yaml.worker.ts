// The monaco-yaml language worker, bundled by Vite as a worker of our own (see monaco-yaml's FAQ on Vite).
import 'monaco-yaml/yaml.worker.js';
