/** English strings of the pod terminal (top-level key `terminal`). */
export const terminalEn = {
  terminal: {
    tab: 'Terminal',
    container: 'Container',
    mode: 'Terminal mode',
    shell: 'Shell',
    attach: 'Attach',
    connect: 'Connect',
    disconnect: 'Disconnect',
    loading: 'Loading the terminal…',
    clipboardHint:
      'Copy: select text, then Ctrl+Shift+C. Paste: Ctrl+Shift+V. Ctrl+C interrupts the process.',
    exited: '[process ended with exit code {{code}}; press Connect to start again]',
    closedLine: '[connection closed]',
    state: {
      idle: 'Disconnected',
      connecting: 'Connecting…',
      connectedShell: 'Connected ({{shell}})',
      attached: 'Attached',
      ended: 'Ended (exit code {{code}})',
      refused: 'Refused',
      'no-shell': 'No shell',
    },
    podFailed: 'Could not read the pod: {{message}}',
    notRunning: 'The pod is {{phase}}; a terminal needs a running container.',
    forbidden:
      'You may not open a terminal in this pod. {{reason}} Ask a cluster administrator for “create” on pods/exec (or pods/attach).',
    refusedChecking: 'The connection was refused; finding out why…',
    refused: 'The cluster refused the terminal: {{message}}',
    noShell:
      'Container “{{container}}” has neither bash nor sh. Try “Attach” to reach its main process, or use a debug container with a shell.',
  },
};
