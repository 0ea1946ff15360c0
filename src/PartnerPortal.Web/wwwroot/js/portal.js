// Script for the pages still rendered statically (App.razor loads it for them). The scoring matrix's arrow keys,
// its only content, moved with the matrix to the interactive page (js/matrix-grid.js); the file stays until
// App.razor stops asking for it.
