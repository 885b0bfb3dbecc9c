"""Exchange packages in the GUI (issue #12): *Kirim perubahan…* and *Terima paket…*."""
