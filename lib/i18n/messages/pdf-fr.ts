export const pdfFr = {
  pdfPreview: {
    title: "Aperçu PDF",
    frameTitle: "Aperçu PDF de {document}",
    download: "Télécharger le PDF",
    downloadFacturx: "Télécharger le XML Factur-X",
    open: "Ouvrir dans un nouvel onglet",
    refresh: "Actualiser l'aperçu",
    draftHint:
      "Aperçu du dernier enregistrement, filigrané « BROUILLON » et sans numéro tant que le document n'est pas émis.",
    storedHint: "Ce PDF est figé : c'est exactement celui que reçoit le client. Empreinte SHA-256 : {sha256}.",
    storedHintPending: "Ce PDF est figé dès sa première génération : c'est exactement celui que reçoit le client.",
  },
};
