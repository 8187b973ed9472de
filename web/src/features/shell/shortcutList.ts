/** What the `?` cheat sheet lists (the bindings themselves live with their features). */
export const SHORTCUT_GROUPS: { title: string; items: { keys: string[]; label: string }[] }[] = [
  {
    title: 'File',
    items: [
      { keys: ['Alt', 'N'], label: 'New config' },
      { keys: ['Ctrl', 'O'], label: 'Open a file' },
      { keys: ['Ctrl', 'S'], label: 'Save' },
      { keys: ['Ctrl', 'Shift', 'S'], label: 'Save as' },
    ],
  },
  {
    title: 'Edit',
    items: [
      { keys: ['Ctrl', 'Z'], label: 'Undo' },
      { keys: ['Ctrl', 'Shift', 'Z'], label: 'Redo (also Ctrl+Y)' },
      { keys: ['N'], label: 'Add a job' },
      { keys: ['Ctrl', 'C'], label: 'Copy selected jobs' },
      { keys: ['Ctrl', 'V'], label: 'Paste jobs' },
      { keys: ['Ctrl', 'D'], label: 'Duplicate selected jobs' },
      { keys: ['Delete'], label: 'Delete selected jobs or link' },
    ],
  },
  {
    title: 'Canvas',
    items: [
      { keys: ['Click'], label: 'Select a job' },
      { keys: ['Ctrl', 'Click'], label: 'Add to the selection' },
      { keys: ['Shift', 'Drag'], label: 'Box selection' },
      { keys: ['Ctrl', 'A'], label: 'Select every job on the canvas' },
      { keys: ['←', '→', '↑', '↓'], label: 'Nudge selected jobs (after a click)' },
      { keys: ['Shift', 'Arrow'], label: 'Nudge further' },
      { keys: ['F'], label: 'Focus the selected job (fit when none)' },
      { keys: ['Shift', 'F'], label: 'Fit the whole graph' },
      { keys: ['L'], label: 'Lineage: upstream and downstream of the selected job' },
      { keys: ['Tab'], label: 'Next job card (Shift+Tab: previous), in file order' },
      { keys: ['←', '→', '↑', '↓'], label: 'Nearest job card that way (card focused by keyboard)' },
      { keys: ['Enter'], label: 'Edit the focused job in the inspector' },
      { keys: ['Shift', 'L'], label: 'Auto-arrange' },
      { keys: ['Double-click'], label: 'Add a job at that spot' },
      { keys: ['Esc'], label: 'Clear the selection' },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: ['Ctrl', 'J'], label: 'Show or hide the JSON' },
      { keys: ['Esc'], label: 'Close the JSON drawer (narrow windows)' },
      { keys: ['Ctrl', 'B'], label: 'Show or hide the job list' },
      { keys: ['Alt', 'I'], label: 'Show or collapse the inspector' },
      { keys: ['Ctrl', 'Shift', 'M'], label: 'Show or hide problems (bottom panel)' },
      { keys: ['Alt', 'P'], label: 'Show or hide the plan' },
      { keys: ['?'], label: 'This cheat sheet' },
    ],
  },
]
