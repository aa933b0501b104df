document.getElementById("app")!.textContent = "Business Lens";
