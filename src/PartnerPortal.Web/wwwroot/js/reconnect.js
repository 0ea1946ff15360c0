// Shows the portal's reconnect dialog while blazor.web.js tries to reach the server again, and offers a reload
// once it gives up. A circuit the server no longer has ("rejected") can only be reloaded.
const dialog = document.getElementById("components-reconnect-modal");
dialog.addEventListener("components-reconnect-state-changed", event => {
    const state = event.detail.state;
    if (state === "show" || state === "retrying" || state === "failed") {
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
