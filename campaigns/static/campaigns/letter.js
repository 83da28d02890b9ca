// Progressive enhancement: a button that copies the template letter. Without JavaScript the letter can
// still be selected by hand or opened through the mailto: link.
document.querySelectorAll("[data-copy-letter]").forEach((button) => {
  const text = document.getElementById(button.dataset.copyLetter);
  const status = button.parentElement.querySelector("[data-copy-status]");
  if (!text || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text.value);
      status.textContent = button.dataset.copied || "✓";
    } catch {
      text.select();
    }
  });
});
