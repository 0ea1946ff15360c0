// Copies a one-time password or reset link for the users page (Features/Admin/OneTimeSecretDialog.razor). A module of
// our own, because the Content-Security-Policy runs no inline script. Answers false where the browser refuses (no
// secure context, or permission denied): the dialog then asks the person to copy the selected text themselves.
export async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}
