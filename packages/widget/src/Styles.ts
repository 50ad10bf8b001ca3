/**
 * The widget's style sheet (inside its shadow root, so the page's CSS cannot reach it). Themable
 * from the page through custom properties set on `sire-chat` (`--sire-chat-accent`, `-bg`, `-fg`,
 * `-surface`, `-muted`, `-border`, `-link`, and `--sire-chat-dark-*` for the dark scheme; `-radius`,
 * `-font`, `-z`), and through the `::part`s named in the README. Colours meet WCAG AA contrast in
 * both schemes.
 */
export const styles = `
:host { all: initial; display: contents; }
:host([mode="inline"]) { display: block; height: 100%; }
[hidden] { display: none !important; }
.root {
  --_accent: var(--sire-chat-accent, var(--_accent-theme, #2563eb));
  --_on-accent: var(--sire-chat-on-accent, var(--_on-accent-theme, #ffffff));
  --_bg: var(--sire-chat-bg, #ffffff);
  --_fg: var(--sire-chat-fg, #1f2328);
  --_surface: var(--sire-chat-surface, #f3f4f6);
  --_muted: var(--sire-chat-muted, #57606a);
  --_border: var(--sire-chat-border, #d0d7de);
  --_link: var(--sire-chat-link, #0550ae);
  --_error-bg: #ffebe9; --_error-fg: #82071e; --_focus: var(--sire-chat-accent, var(--_accent-theme, #2563eb));
  font: 15px/1.45 var(--sire-chat-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--_fg); color-scheme: light;
}
.root.dark {
  --_bg: var(--sire-chat-dark-bg, #0d1117);
  --_fg: var(--sire-chat-dark-fg, #e6edf3);
  --_surface: var(--sire-chat-dark-surface, #21262d);
  --_muted: var(--sire-chat-dark-muted, #9198a1);
  --_border: var(--sire-chat-dark-border, #3d444d);
  --_link: var(--sire-chat-dark-link, #6cb6ff);
  --_error-bg: #3c1618; --_error-fg: #ffaba8; --_focus: #6cb6ff;
  color-scheme: dark;
}
.root.inline { height: 100%; }
button, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: var(--sire-chat-z, 2147483000);
  width: 56px; height: 56px; border-radius: 50%; border: 0; display: grid; place-items: center;
  background: var(--_accent); color: var(--_on-accent); box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
}
.launcher svg { width: 26px; height: 26px; }
.panel {
  position: fixed; right: 20px; bottom: 88px; z-index: var(--sire-chat-z, 2147483000);
  width: min(400px, calc(100vw - 40px)); height: min(620px, calc(100vh - 112px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
  border-radius: var(--sire-chat-radius, 14px); box-shadow: 0 10px 40px rgb(0 0 0 / 0.2);
}
.inline .panel { position: relative; right: auto; bottom: auto; width: 100%; height: 100%; min-height: 320px; box-shadow: none; z-index: auto; }
@media (max-width: 520px) {
  .root:not(.inline) .panel { right: 0; bottom: 0; width: 100vw; height: 100%; border-radius: 0; border: 0; }
}
.header { display: flex; align-items: center; gap: 4px; padding: 10px 10px 10px 16px; background: var(--_accent); color: var(--_on-accent); }
.title { flex: 1; margin: 0; font-size: 16px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.icon { background: transparent; border: 0; color: inherit; width: 36px; height: 36px; border-radius: 8px; display: grid; place-items: center; }
.icon:hover { background: rgb(255 255 255 / 0.15); }
.icon svg { width: 20px; height: 20px; }
.header :focus-visible { outline-color: var(--_on-accent); outline-offset: -2px; }
.transcript { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 10px; }
.msg { max-width: 85%; padding: 8px 12px; border-radius: 14px; overflow-wrap: anywhere; }
.msg.user { align-self: flex-end; background: var(--_accent); color: var(--_on-accent); white-space: pre-wrap; border-bottom-right-radius: 4px; }
.msg.assistant { align-self: flex-start; background: var(--_surface); border-bottom-left-radius: 4px; }
.msg.failed { opacity: 0.75; }
.msg.error { background: var(--_error-bg); color: var(--_error-fg); }
.msg p, .msg ul, .msg ol, .msg pre { margin: 0 0 0.5em; }
.msg > :last-child, .msg .body > :last-child { margin-bottom: 0; }
.msg ul, .msg ol { padding-left: 1.3em; }
.msg code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; background: rgb(127 127 127 / 0.18); padding: 0.1em 0.3em; border-radius: 4px; }
.msg pre { overflow-x: auto; padding: 8px; background: rgb(127 127 127 / 0.14); border-radius: 6px; }
.msg pre code { background: none; padding: 0; }
.msg a { color: var(--_link); }
.note { color: var(--_muted); font-size: 13px; }
.typing { display: inline-flex; gap: 4px; padding: 4px 0; }
.typing i { width: 7px; height: 7px; border-radius: 50%; background: var(--_muted); animation: blink 1.2s infinite ease-in-out; }
.typing i:nth-child(2) { animation-delay: 0.2s; } .typing i:nth-child(3) { animation-delay: 0.4s; }
@keyframes blink { 0%, 80%, 100% { opacity: 0.3; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .typing i { animation: none; } }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 16px 10px; }
.suggestion { border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); border-radius: 999px; padding: 5px 12px; font-size: 14px; }
.suggestion:hover { background: var(--_surface); }
.status { padding: 0 16px 6px; }
.alert { margin: 0 12px 8px; padding: 8px 12px; border-radius: 8px; background: var(--_error-bg); color: var(--_error-fg); display: flex; gap: 8px; align-items: center; }
.alert span { flex: 1; }
.alert button { border: 1px solid currentColor; background: transparent; color: inherit; border-radius: 6px; padding: 3px 10px; }
.composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px 12px; border-top: 1px solid var(--_border); }
.input {
  flex: 1; resize: none; min-height: 40px; max-height: 140px; field-sizing: content; box-sizing: border-box;
  padding: 9px 12px; border: 1px solid var(--_border); border-radius: 10px; background: var(--_bg); color: var(--_fg);
}
.input::placeholder { color: var(--_muted); opacity: 1; }
.send, .stop { width: 40px; height: 40px; border: 0; border-radius: 10px; display: grid; place-items: center; background: var(--_accent); color: var(--_on-accent); flex: none; }
.send:disabled { opacity: 0.6; cursor: default; }
.send svg, .stop svg { width: 20px; height: 20px; }
`
