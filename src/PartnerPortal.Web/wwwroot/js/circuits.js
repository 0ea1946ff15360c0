// Keeps what people typed across a restart of the portal (docs/deployment.md, "Circuits: limits, retention and
// restarts"). When an instance stops, it asks each page to pause its circuit: Blazor hands the components'
// [PersistentState] to this page (protected) and the circuit closes. The page then tries to resume once a second;
// the stopping instance answers 503 until it is gone, then the restarted (or another) instance takes the state.
const resumeEvery = 1000;
const giveUpAfter = 5 * 60 * 1000;
let pausing = false;

window.portalCircuits = {
    /** Called by the server's drain. Returns at once: the call must complete before the circuit it came on pauses. */
    pauseSoon() {
        if (!pausing) {
            pausing = true;
            setTimeout(pauseThenResume, 0);
        }
    },
};

// Blazor 10.0's pause drops the page's connection as soon as the server has *started* pausing, while the server sends
// the page its state a moment later over that connection: if the server is busy then (the pause's own dialog moves
// the focus, and a field left saves on blur), the state is lost with the stopping server. So the field is left
// first, and the pause waits for the server to have handled that.
const settleBeforePause = 500;

async function pauseThenResume() {
    if (document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
    }
    await new Promise(resolve => setTimeout(resolve, settleBeforePause));
    let paused = false;
    try {
        paused = await Blazor.pauseCircuit();
    } catch {
        paused = false;
    }
    if (!paused) {
        // The connection is already going: the usual reconnect dialog takes over.
        pausing = false;
        return;
    }
    const started = Date.now();
    while (Date.now() - started < giveUpAfter) {
        await new Promise(resolve => setTimeout(resolve, resumeEvery));
        try {
            // False means the server refused the state (e.g. the keys changed): Blazor shows "resume failed".
            await Blazor.resumeCircuit();
            pausing = false;
            return;
        } catch {
            // 503 from the draining instance, or nobody listening yet: try again.
        }
    }
    location.reload();
}

// A circuit refused at its start (too many pages open, or an instance that is full or stopping) leaves the page
// without a live connection; Blazor reports it only as an unhandled rejection of its start. Say why, at the page.
window.addEventListener("unhandledrejection", event => {
    const message = String(event.reason?.message ?? event.reason ?? "");
    const refused = /negotiat/i.test(message) && message.match(/Status code '(429|503)'/);
    if (!refused) {
        return;
    }
    const dialog = document.getElementById("components-reconnect-modal");
    if (!dialog) {
        return;
    }
    const kind = refused[1] === "429" ? "tabs" : "busy";
    dialog.classList.add(`circuit-refused-${kind}`);
    dialog.setAttribute("aria-labelledby", `refused-${kind}-title`);
    if (!dialog.open) {
        dialog.showModal();
    }
    event.preventDefault();
});
