import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link KubeconfigInput}. */
export interface KubeconfigInputProps {
  readonly value: string;
  readonly onChange: (text: string, fileName?: string) => void;
  readonly error?: string | undefined;
}

/** Where the kubeconfig comes from: dropped or chosen file, or pasted text. Read in the browser only. */
export function KubeconfigInput({ value, onChange, error }: KubeconfigInputProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const readFile = (file: File | undefined): void => {
    if (!file) return;
    void file.text().then((text) => {
      onChange(text, file.name);
    });
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  };
  return (
    <Box>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          bgcolor: dragging ? 'action.hover' : 'transparent',
          borderRadius: 2,
          p: 3,
          textAlign: 'center',
          mb: 2,
          transition: 'all 120ms',
        }}
      >
        <UploadFileIcon color="primary" sx={{ fontSize: 40 }} />
        <Typography sx={{ mb: 1 }}>{t('add.drop')}</Typography>
        <Button
          variant="outlined"
          onClick={() => {
            fileInput.current?.click();
          }}
        >
          {t('add.choose')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label={t('add.choose')}
          data-testid="kubeconfig-file"
          onChange={(event) => {
            readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </Box>
      <TextField
        label={t('add.paste')}
        multiline
        minRows={6}
        maxRows={16}
        fullWidth
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        error={error !== undefined}
        helperText={error ?? t('add.pasteHint')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
      />
    </Box>
  );
}
