// Shows the portal's reconnect dialog while blazor.web.js tries to reach the server again, and offers a reload
// once it gives up. A circuit the server no longer has ("rejected") can only be reloaded. A circuit paused for a
// restart ("paused", js/circuits.js) shows the same "Reconnecting…" until it resumes; one whose resume the server
// refused ("resume-failed") offers the reload.
const dialog = document.getElementById("components-reconnect-modal");
dialog.addEventListener("components-reconnect-state-changed", event => {
    const state = event.detail.state;
    if (state === "show" || state === "retrying" || state === "failed" || state === "paused" || state === "resume-failed") {
        if (!dialog.open) {
            dialog.showModal();
        }
    } else if (state === "hide") {
        dialog.close();
    } else if (state === "rejected") {
        location.reload();
    }
});
document.getElementById("components-reconnect-button").addEventListener("click", async () => {
    try {
        if (await Blazor.reconnect()) {
            return;
        }
        if (!(await Blazor.resumeCircuit())) {
            location.reload();
        }
    } catch {
        location.reload();
    }
});
for (const button of document.querySelectorAll(".circuit-refused-reload")) {
    button.addEventListener("click", () => location.reload());
}
